VAR consulte_fiche = false
VAR consulte_procedure_echeancier = false
VAR consulte_regles_recouvrement = false
VAR plan = 0
VAR ecrit = 0
VAR tiers = 0
Mardi, 10 h 30. Relance amiable pour Kréol Fibre : deux factures impayées au nom de M. Jean-Baptiste. La fiche client et la base de connaissances sont à côté du dialogue. # speaker: narrateur
Allô ? Ici, c'est Mme Jean-Baptiste. Mon mari est dehors. C'est pour quoi ? Je peux transmettre. # speaker: client
-> tiers_knot

=== tiers_knot ===
{ consulte_regles_recouvrement:
    (L'article le rappelle : on ne parle jamais de la dette à une autre personne que le débiteur, même à son conjoint.) # speaker: narrateur
}
* [Merci, Madame. Inès, de Kréol Fibre : c'est au sujet de son contrat. Je peux le joindre à quelle heure ? #compliance:2 #greeting:1]
    Attendez, il rentre justement. Harry ! Téléphone, c'est Kréol Fibre.
    -> identite
* [Merci beaucoup, Madame, c'est gentil. Pouvez-vous lui demander de rappeler le service client de Kréol Fibre au 0590 82 40 40, quand il aura un moment ? #compliance:1 #greeting:1]
    Je lui dis… Ah, il rentre, je vous le passe.
    (Discret, c'est bien. Mais laisser un message remet la suite entre les mains du client : demander une heure garde l'initiative.) # speaker: narrateur
    -> identite
* [C'est pour deux factures impayées, 78 €. Vous pouvez lui dire de régler ? #compliance:-3]
    ~ tiers = 1
    Des impayés ? Harry ! Viens voir, c'est quoi cette histoire ?
    (Vous avez parlé de la dette à une autre personne que le titulaire : c'est interdit, même au conjoint.) # speaker: narrateur
    -> identite

=== identite ===
Oui, Jean-Baptiste, c'est moi. # speaker: client
* [Bonjour, Monsieur. Inès, de Kréol Fibre. Pour vérifier que je parle au titulaire : votre date de naissance ? #compliance:2]
    Le 14 février 1974. Qu'est-ce qui se passe ?
    -> cause
* [Bonjour, Monsieur Jean-Baptiste ! Inès, de Kréol Fibre. Je vous appelle au sujet de vos factures d'octobre et de novembre, qui ne sont pas encore réglées. #compliance:0 #greeting:1]
    Pas réglées ? Comment ça ?
    (Courtois, mais l'identité n'est pas vérifiée : n'importe qui peut dire « c'est moi ».) # speaker: narrateur
    -> cause
* [Vous nous devez 78 €. Il faut payer aujourd'hui. #compliance:-2 #tone:-2]
    Pardon ? Bonjour d'abord. Vous êtes qui ?
    -> cause

=== cause ===
Impayé ? Mais je paie par prélèvement, moi ! # speaker: client
{ consulte_fiche:
    (La fiche montre : prélèvements rejetés le 10 octobre et le 10 novembre, motif « compte clôturé ». Aucun nouveau RIB reçu.) # speaker: narrateur
}
* { consulte_fiche } [Vos prélèvements d'octobre et de novembre sont revenus : « compte clôturé ». Avez-vous changé de banque ? #discovery:3]
    Ah… Oui ! En septembre. J'ai oublié de vous prévenir.
    -> accord
* [Les deux derniers prélèvements ne sont pas passés. Avez-vous une idée de la raison ? Un changement, un souci avec la banque ? #discovery:2]
    Un changement… Oui, j'ai changé de banque en septembre. J'ai oublié de vous prévenir.
    (Bonne question ouverte. Mais la fiche donnait le motif du rejet : le client aurait compris tout de suite.) # speaker: narrateur
    -> accord
* [Ça, ce n'est pas mon problème : la facture n'est pas payée. #tone:-2 #listening:-1]
    Calmez-vous. Je suis client depuis 2019, je n'ai jamais eu d'impayé !
    -> accord

=== accord ===
78 € d'un coup, en décembre, c'est dur. # speaker: client
{ consulte_regles_recouvrement:
    (Et pas de menace : sans jugement, aucun commissaire de justice ne peut saisir.) # speaker: narrateur
}
{ consulte_procedure_echeancier:
    (La procédure : 3 échéances au plus, 25 € au moins chacune ; frais de rejet annulés si le prélèvement est mis à jour pendant l'appel.) # speaker: narrateur
}
* { consulte_procedure_echeancier } [Deux fois 39 €, le 10 décembre et le 10 janvier ? Et avec votre nouveau RIB, j'annule les frais de rejet. #solution:3 #compliance:1]
    ~ plan = 2
    Deux fois 39 €, ça va. Je vous donne le RIB.
    -> ecrit_knot
* [On peut étaler, je pense. Combien pouvez-vous payer par mois, à peu près, sans vous mettre en difficulté ? #solution:1 #listening:1]
    20 € par mois, ce serait bien.
    -> montant
* [Il faut tout payer aujourd'hui, sinon le commissaire de justice passe chez vous cette semaine. #compliance:-3 #tone:-2]
    ~ plan = 9
    Le commissaire de justice ? Pour 78 € ? Vous me menacez ?
    (Menace trompeuse : sans jugement ni autre titre exécutoire, aucun commissaire de justice ne peut saisir quoi que ce soit. C'est interdit, et ça braque un client de bonne foi.) # speaker: narrateur
    Bon… je paie, mais je vais réfléchir à mon abonnement. # speaker: client
    -> ecrit_knot

=== montant ===
{ consulte_procedure_echeancier:
    (La procédure : 25 € au moins par échéance, 3 échéances au plus.) # speaker: narrateur
}
* { consulte_procedure_echeancier } [Le minimum, c'est 25 € par mois. Je peux vous faire 26 € en décembre, janvier et février. Ça vous va ? #solution:2 #compliance:1]
    ~ plan = 3
    26 €, trois fois. D'accord.
    -> ecrit_knot
* [20 € par mois, c'est d'accord. #solution:0 #compliance:-2]
    ~ plan = 4
    Super, merci !
    (Hors procédure : 20 € est sous le minimum. L'accord risque d'être refusé ensuite, et le client aura cru à une promesse.) # speaker: narrateur
    -> ecrit_knot
* [Pour 20 €, je dois demander l'accord de mon responsable. Je vous rappelle cet après-midi avant 16 h avec sa réponse. #solution:1 #compliance:1]
    ~ plan = 5
    D'accord, j'attends votre appel.
    (Conforme et honnête. La procédure permettait pourtant tout de suite trois fois 26 €, qui allait aussi au client.) # speaker: narrateur
    -> ecrit_knot

=== ecrit_knot ===
* [Je récapitule les montants et les dates, et je vous envoie l'accord par e-mail aujourd'hui. Quelle adresse ? #closing:2 #reformulation:1]
    ~ ecrit = 1
    harry.jb arobase wanadoo point fr.
    -> fin
* [C'est parfait, on est d'accord tous les deux. Merci beaucoup de votre compréhension, Monsieur, et bonne journée à vous ! #closing:0 #tone:1]
    Bonne journée.
    (Aimable, mais sans écrit : en cas d'oubli ou de désaccord, rien ne prouve ce qui a été convenu.) # speaker: narrateur
    -> fin
* [Je vous fais confiance : pas besoin d'écrit. #closing:-1 #compliance:-2]
    -> fin

=== fin ===
{ plan:
- 2: Bilan : deux échéances conformes à la procédure, le prélèvement est à jour et les frais de rejet annulés. # speaker: narrateur
- 3: Bilan : trois échéances de 26 €, conformes à la procédure. # speaker: narrateur
- 4: Bilan : un accord à 20 € hors procédure. Le responsable pourra le refuser, et le client devra être rappelé. # speaker: narrateur
- 5: Bilan : pas encore d'accord, mais un rappel daté et une demande conforme au responsable. # speaker: narrateur
- else: Bilan : le client paie sous la menace. Il est de bonne foi et client depuis 2019 : il risque de partir. # speaker: narrateur
}
{ tiers == 1: Et la dette a été dite à sa femme : une faute grave, à signaler au responsable. # speaker: narrateur }
{ ecrit == 0: Sans confirmation écrite, l'accord reste fragile. # speaker: narrateur }
-> END
