VAR qualite = 0
E-mail reçu de Mme Zénon, Les Abymes : # speaker: narrateur
« Bonjour. J'ai commandé un ventilateur le 2 mai, commande 88 104. Il est arrivé le carton déchiré et l'hélice cassée. En plus on m'a facturé deux fois la livraison. J'attends un remboursement rapide sinon je ne commande plus chez vous. Mme Zénon » # speaker: client
Vous construisez la réponse, partie par partie. # speaker: narrateur
-> objet

=== objet ===
* [Objet : « Votre commande 88 104 — ventilateur abîmé et double frais de livraison » #greeting:1 #reformulation:2]
    -> appel
* [Objet : « Réponse » #reformulation:-1]
    -> appel
* [Objet : « RÉCLAMATION REÇUE !!! » #tone:-2]
    ~ qualite = qualite - 1
    -> appel

=== appel ===
* [« Bonjour Madame Zénon, vous nous avez écrit au sujet de votre commande 88 104, arrivée abîmée, et d'une livraison facturée deux fois. » #greeting:2 #reformulation:2]
    -> excuses
* [« Salut, on a bien eu votre mail. » #greeting:-2 #tone:-2]
    ~ qualite = qualite - 1
    -> excuses

=== excuses ===
* [« Nous sommes désolés pour ce désagrément : ce n'est pas l'image que nous voulons vous donner. » #tone:2 #listening:1]
    -> solution
* [« Le transporteur est responsable des dégâts, pas nous. » #tone:-2 #solution:-1]
    ~ qualite = qualite - 1
    -> solution

=== solution ===
* [« Nous vous envoyons un ventilateur neuf sous 5 jours ouvrés ; le transporteur reprendra l'ancien à la livraison. Nous avons aussi remboursé les frais de livraison facturés en double, soit 9,90 euros, sur votre carte : comptez 3 à 5 jours. » #solution:3]
    -> fin_mail
* [« Nous allons étudier votre demande. » #solution:-2]
    ~ qualite = qualite - 1
    -> fin_mail
* [« Nous vous remboursons le ventilateur. » (sans parler des frais de livraison) #solution:0 #listening:-1]
    -> fin_mail

=== fin_mail ===
* [« Nous restons à votre disposition. Bien cordialement, Laura Démosthène, service client » #closing:2]
    -> relecture
* [« Cordialement » #closing:0]
    -> relecture

=== relecture ===
Avant d'envoyer, vous relisez. Une phrase contient : « Vous serez rembourser sous 5 jours. » # speaker: narrateur
* [Je corrige en « Vous serez remboursée sous 5 jours » et je vérifie le nom, la commande et le montant. #compliance:2 #tone:1]
    -> envoi
* [J'envoie tout de suite, le sens est clair. #compliance:-2]
    ~ qualite = qualite - 1
    -> envoi

=== envoi ===
{ qualite >= 0: Deux jours plus tard, Mme Zénon répond : « Merci pour votre réponse rapide et claire. » # speaker: client | { qualite >= -2: Mme Zénon répond : « Et le reste de ma demande ? » Le dossier n'est pas clos. # speaker: client | Mme Zénon publie une capture de votre e-mail sur un réseau social avec le commentaire : « Voilà comment on vous répond. » # speaker: client } }
-> END
