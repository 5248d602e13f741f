VAR qualite = 0
VAR oubli = 0
E-mail reçu de Mme Zénon, Les Abymes : # speaker: narrateur
« Bonjour. J'ai commandé un ventilateur le 2 mai, commande 88 104. Il est arrivé le carton déchiré et l'hélice cassée. En plus on m'a facturé deux fois la livraison. J'attends un remboursement rapide sinon je ne commande plus chez vous. Mme Zénon » # speaker: client
Vous construisez la réponse, partie par partie. # speaker: narrateur
-> objet

=== objet ===
* [Objet : « Votre commande 88 104 : nous avons bien reçu votre message et nous nous occupons de tout » #greeting:1 #tone:1]
    (Rassurant, mais l'objet ne dit pas de quoi il s'agit : la cliente ne saura pas que ses deux problèmes ont été lus.) # speaker: narrateur
    -> appel
* [Objet : « Commande 88 104 : ventilateur abîmé et livraison facturée deux fois » #greeting:1 #reformulation:2]
    -> appel
* [Objet : « RÉCLAMATION REÇUE !!! » #tone:-2]
    ~ qualite = qualite - 1
    -> appel

=== appel ===
* [« Bonjour Madame Zénon, vous nous écrivez au sujet de la commande 88 104 : ventilateur arrivé cassé, livraison facturée deux fois. » #greeting:2 #reformulation:2]
    -> excuses
* [« Bonjour Madame Zénon, merci d'avoir pris le temps de nous écrire, et merci pour la confiance que vous nous accordez depuis vos premières commandes. » #greeting:2 #tone:1]
    (Poli, mais la première phrase doit montrer ce qu'on a compris : ici, les deux problèmes ne sont pas repris.) # speaker: narrateur
    -> excuses
* [« Salut, on a bien eu votre mail. » #greeting:-2 #tone:-2]
    ~ qualite = qualite - 1
    -> excuses

=== excuses ===
* [« Nous sommes désolés pour ce désagrément. » #tone:1 #listening:0]
    (Correct, mais passe-partout : des excuses qui nomment le problème montrent qu'on a lu.) # speaker: narrateur
    -> solution
* [« Le transporteur est responsable des dégâts, pas nous. » #tone:-2 #solution:-1]
    ~ qualite = qualite - 1
    -> solution
* [« Nous sommes désolés : vous auriez dû recevoir un ventilateur en bon état, et payer la livraison une seule fois. » #tone:2 #listening:1]
    -> solution

=== solution ===
* [« Nous vous remboursons le ventilateur, soit 39 euros, sous 5 jours ouvrés sur votre carte. Le transporteur viendra reprendre l'appareil cassé chez vous, à la date et à l'heure de votre choix. » #solution:2 #listening:-1]
    ~ oubli = 1
    (Précis et rapide sur le ventilateur… mais la livraison payée deux fois est oubliée. Chaque point de la réclamation demande sa réponse.) # speaker: narrateur
    -> fin_mail
* [« Au choix : un ventilateur neuf sous 5 jours ouvrés, ou le remboursement de 39 euros. Les 9,90 euros de livraison payés en double sont remboursés sur votre carte, sous 3 à 5 jours. » #solution:3 #listening:1]
    -> fin_mail
* [« Nous allons étudier votre demande et nous reviendrons vers vous dans les meilleurs délais. » #solution:-2]
    ~ qualite = qualite - 1
    -> fin_mail

=== fin_mail ===
* [« Nous restons à votre disposition. Bien cordialement, Laura Démosthène, service client » #closing:2 #tone:1]
    -> relecture
* [« Encore toutes nos excuses pour ce désagrément. Nous espérons vous revoir très bientôt sur notre site. Bien à vous, le service client » #closing:1 #tone:1]
    (Aimable, mais sans nom : la cliente ne sait pas à qui répondre si elle a une question.) # speaker: narrateur
    -> relecture
* [« Cordialement » #closing:0]
    -> relecture

=== relecture ===
Avant d'envoyer, vous relisez. Une phrase contient : « Vous serez rembourser sous 5 jours. » # speaker: narrateur
* [Je corrige « rembourser » en « remboursée », et j'envoie. #compliance:1]
    (La faute est corrigée, mais une relecture sert aussi à vérifier le nom, la référence et les montants.) # speaker: narrateur
    -> envoi
* [J'envoie tout de suite, le sens est clair. #compliance:-2]
    ~ qualite = qualite - 1
    -> envoi
* [Je corrige en « Vous serez remboursée sous 5 jours », puis je vérifie le nom, la commande et le montant. #compliance:2 #tone:1]
    -> envoi

=== envoi ===
{ oubli == 1: Mme Zénon répond : « Merci pour le ventilateur. Et la livraison payée deux fois ? » Le dossier n'est pas clos : il faudra une deuxième réponse. # speaker: client | { qualite >= 0: Deux jours plus tard, Mme Zénon répond : « Merci pour votre réponse rapide et claire. » # speaker: client | { qualite >= -2: Mme Zénon répond : « Et le reste de ma demande ? » Le dossier n'est pas clos. # speaker: client | Mme Zénon publie une capture de votre e-mail sur un réseau social avec le commentaire : « Voilà comment on vous répond. » # speaker: client } } }
-> END
