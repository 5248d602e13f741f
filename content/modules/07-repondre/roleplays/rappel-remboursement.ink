VAR consulte_fiche = false
VAR consulte_delais_remboursement = false
VAR consulte_geste_commercial = false
VAR precis = 0
Mercredi, 11 h 05. Vous rappelez Mme Bellay, comme promis lundi par votre collègue. Pendant l'appel, vous pouvez ouvrir la fiche client et la base de connaissances. # speaker: narrateur
Allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour, je suis bien avec Mme Bellay ? Jordan, de Kaz Élec : je vous rappelle comme promis, pour votre remboursement. #greeting:2 #compliance:1]
    Oui, c'est moi. Ah, vous rappelez, c'est bien.
    -> question
* [Bonjour Madame, ici le service client de Kaz Élec, j'espère que vous allez bien ! Je vous appelle au sujet de votre dossier. #greeting:1 #tone:1]
    Quel dossier ? J'en ai plusieurs chez vous…
    (Aimable, mais flou : sans rappeler la promesse de lundi ni le sujet, la cliente doit chercher de quoi on parle.) # speaker: narrateur
    -> question
* [Oui, bonjour, c'est pour le ventilateur. #greeting:-1]
    Qui est à l'appareil ?
    (Sans nom ni entreprise, la cliente ne sait pas à qui elle parle.) # speaker: narrateur
    -> question

=== question ===
Alors, mon argent, je le vois quand ? Ça fait une semaine que j'ai renvoyé ce ventilateur ! # speaker: client
{ consulte_fiche:
    (La fiche montre : 89 € remboursés sur sa carte, lancés le lundi 30 novembre.) # speaker: narrateur
}
* { consulte_fiche and consulte_delais_remboursement } [Parti lundi sur votre carte : 89 €, à recevoir entre jeudi 3 et lundi 7 décembre. #solution:3]
    ~ precis = 2
    D'accord. Donc d'ici lundi au plus tard. C'est clair.
    -> geste
* { consulte_fiche and not consulte_delais_remboursement } [89 € partis lundi sur votre carte. Ça arrive dans quelques jours. #solution:2]
    ~ precis = 1
    Quelques jours, c'est combien ? J'ai des factures à payer, moi.
    (Exact, mais incomplet : l'article sur les délais donne une fenêtre précise, que la cliente peut noter.) # speaker: narrateur
    -> geste
* [Ne vous inquiétez pas, c'est en cours. Vous allez le recevoir très vite, je vous le promets. #solution:-1 #tone:1]
    Très vite ? Lundi aussi, on m'a dit ça.
    (Chaleureux, mais rien n'est vérifié : une promesse sans date ne rassure pas longtemps.) # speaker: narrateur
    -> geste
* [Un instant, je regarde votre dossier. #listening:1]
    -> recherche

=== recherche ===
(Elle patiente. C'est le moment d'ouvrir la fiche client et l'article sur les délais.) # speaker: narrateur
{ consulte_fiche:
    (La fiche montre : 89 € remboursés sur sa carte, lancés le lundi 30 novembre.) # speaker: narrateur
}
* { consulte_fiche and consulte_delais_remboursement } [Merci d'avoir patienté : 89 €, partis lundi, arrivent entre jeudi 3 et lundi 7. #solution:3]
    ~ precis = 2
    Bon. D'ici lundi, alors. Merci d'avoir vérifié.
    -> geste
* { consulte_fiche and not consulte_delais_remboursement } [Merci d'avoir patienté. Parti lundi sur votre carte, il arrive bientôt. #solution:1]
    ~ precis = 1
    Bientôt… Vous ne pouvez pas être plus précis ?
    -> geste
* [Je ne trouve pas l'information pour l'instant. Je vérifie et je vous rappelle avant 15 h, c'est promis. #solution:-1 #closing:1]
    Encore un rappel… Bon, avant 15 h, alors.
    (Honnête, mais la fiche et la base de connaissances avaient la réponse : un deuxième rappel coûte du temps à tous.) # speaker: narrateur
    -> geste

=== geste ===
Et pour le dérangement, vous ne faites pas un geste ? # speaker: client
{ consulte_geste_commercial:
    (L'article le dit : pas de geste commercial quand le délai annoncé est tenu.) # speaker: narrateur
}
* [Nos délais ont été tenus : je n'ai pas de geste à proposer. Mais je suis le dossier jusqu'au bout. #solution:2 #compliance:1]
    Bon, si c'est la règle… Au moins vous êtes franc.
    -> cloture
* [Je vais vous faire un bon d'achat de 10 € pour m'excuser du dérangement, ça me fait plaisir. #solution:-1 #compliance:-2]
    Ah, merci ! 
    (Gentil, mais hors procédure : le bon d'achat est réservé à un délai que Kaz Élec n'a pas tenu. Un collègue devra peut-être l'annuler.) # speaker: narrateur
    -> cloture
* [Non, Madame. #solution:0 #tone:-2]
    Non ? C'est tout ? Vous êtes aimable…
    (Vrai, mais sec : sans raison ni suite, le refus sonne comme un mépris.) # speaker: narrateur
    -> cloture

=== cloture ===
* [Je récapitule : 89 € sur votre carte, au plus tard lundi 7. Sinon, rappelez avec la référence KE-52310. #closing:2 #reformulation:1]
    C'est noté. Merci, bonne journée.
    -> note
* [Voilà, tout est en ordre pour vous. Je vous souhaite une très bonne journée, Madame Bellay, et merci de votre patience ! #closing:0 #tone:1]
    Merci… Et si ça n'arrive pas ?
    (Très poli, mais la cliente repart sans savoir quoi faire si l'argent n'arrive pas.) # speaker: narrateur
    -> note
* [Bon, c'est tout ? Au revoir. #closing:-2 #tone:-1]
    -> note

=== note ===
Avant l'appel suivant, vous écrivez la note dans le dossier. # speaker: narrateur
* [« Rappel fait mercredi 11 h. 89 € lancés le 30/11 sur CB, arrivée annoncée du 3 au 7/12. Si rien le 7, recherche compta. » #closing:2 #compliance:1]
    -> fin
* [« Cliente rappelée comme prévu ce matin, tout s'est bien passé, elle est contente et remercie le service client pour le suivi. » #closing:0]
    (Sympathique, mais vide : le collègue suivant ne saura ni la date annoncée ni quoi faire si elle rappelle.) # speaker: narrateur
    -> fin
* [« Cliente pénible, a réclamé un geste. » #compliance:-2 #tone:-1]
    (Une note qui juge la cliente n'a rien à faire dans son dossier : elle peut demander à la lire.) # speaker: narrateur
    -> fin

=== fin ===
{ precis == 2: Bilan : une date vérifiée, dans la fiche et dans la base de connaissances. La cliente sait quand et quoi faire. | { precis == 1: Bilan : la cliente sait que le remboursement est parti, mais pas quand il arrivera. Elle risque de rappeler. | Bilan : sans la fiche, la réponse n'était pas vérifiée. Une promesse sans date fait souvent rappeler le client. } } # speaker: narrateur
{ not consulte_fiche: Vous n'avez pas ouvert la fiche client pendant l'appel. # speaker: narrateur }
-> END
