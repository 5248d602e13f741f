VAR consulte_fiche = false
VAR consulte_procedure_accord = false
VAR respect = 1
Examen blanc, CCP 2, appel 2. Appel sortant, mercredi 17 h, service recouvrement de Karu Fibre. La fiche client et la procédure sont à côté du dialogue. # speaker: narrateur
Allô, oui ? # speaker: client
-> identite

=== identite ===
* [Bonjour, Marc, de Karu Fibre. Je voudrais parler à M. Sainte-Rose. C'est vous ? Pour vérifier, votre date de naissance, s'il vous plaît ? #greeting:1 #compliance:2]
    Oui, c'est moi. Le 21 août 1991. C'est pour les factures ?
    -> cause
* [Bonjour Monsieur Sainte-Rose, Marc, de Karu Fibre, service recouvrement. Je vous appelle pour vos deux factures de janvier et de février, qui ne sont toujours pas réglées. #greeting:1 #compliance:-1]
    ~ respect = respect - 1
    Euh… oui, c'est moi. Vous auriez pu demander qui était au bout du fil.
    (Courtois, mais la dette est annoncée avant toute vérification : un proche aurait pu décrocher.) # speaker: narrateur
    -> cause

=== cause ===
{ respect <= 0: -> bloque }
* [Que s'est-il passé depuis janvier ? #discovery:2 #listening:1]
    ~ respect = respect + 1
    Mon contrat de travail a changé. Je suis payé le 5, maintenant, et plus le 28. Tout s'est décalé.
    -> proposition
* [Vous êtes client depuis 2018 sans aucun impayé, alors je suppose que c'est un oubli de votre part ou un problème avec votre banque ? #discovery:0 #listening:0]
    Un oubli ? Non. Mon contrat de travail a changé, je suis payé le 5 maintenant.
    (Rappeler son historique est aimable, mais la question donne déjà la réponse. Une question ouverte laisse le client dire la vraie cause.) # speaker: narrateur
    -> proposition

=== bloque ===
Écoutez, rappelez-moi un autre jour. # speaker: client
(Le client coupe court : la dette a été annoncée avant toute vérification, puis la cause supposée. Sans respect, pas d'accord.) # speaker: narrateur
-> END

=== proposition ===
{ consulte_procedure_accord:
    (La procédure permet jusqu'à 4 échéances de 30 € au moins, sans accord du responsable.) # speaker: narrateur
}
* { consulte_procedure_accord } [Je peux vous proposer 4 fois 30 €, le 5 de chaque mois, d'avril à juillet. Est-ce que vous pourrez tenir ? #solution:3 #compliance:1]
    ~ respect = respect + 1
    Le 5, oui, c'est le jour de ma paie. 30 €, je peux.
    -> recap
* [Payez-vous combien par mois, à votre avis ? #solution:1 #discovery:1]
    Peut-être 20 € par mois ?
    Je regarde ce que je peux accepter… La règle permet 4 fois 30 € au plus. Le 5 de chaque mois, d'avril à juillet, ça irait ? # speaker: conseiller
    D'accord, 30 €, je vais m'arranger.
    (Demander ce qu'il peut payer est bien, mais connaître la procédure avant de demander évite d'avoir à revenir sur un chiffre.) # speaker: narrateur
    -> recap
* [Si vous ne payez pas tout cette semaine, le dossier part au contentieux et un commissaire de justice passera chez vous. #compliance:-3 #tone:-2]
    ~ respect = respect - 2
    Vous me menacez ? Je vous parle de mon travail et vous me parlez de saisie ?
    (Une menace de suites inventées est interdite en recouvrement amiable, et elle ferme le dialogue.) # speaker: narrateur
    -> recap

=== recap ===
* [C'est d'accord : 4 fois 30 €, les 5 avril, 5 mai, 5 juin et 5 juillet. Je vous envoie l'accord par e-mail ce soir. Un souci ? Appelez-nous avant la date. #closing:2 #reformulation:2 #compliance:1]
    Entendu. Merci de m'avoir écouté.
    -> fin
* [Très bien, c'est noté de mon côté, on fait comme ça, au revoir Monsieur. #closing:0 #reformulation:-1]
    Attendez… je vais recevoir un papier ? Et si un mois je ne peux pas ?
    (Un accord sans récapitulatif ni confirmation écrite est fragile : personne ne pourra dire ce qui a été convenu.) # speaker: narrateur
    -> fin

=== fin ===
{ respect >= 2: Accord conforme, calé sur la paie du client, et confirmé par écrit : un recouvrement amiable réussi. | L'appel se termine, mais le client s'est senti bousculé : l'accord risque de ne pas être tenu. } # speaker: narrateur
-> END
