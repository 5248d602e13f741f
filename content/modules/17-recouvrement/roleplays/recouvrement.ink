VAR tension = 2
Appel sortant, mardi 17 h. Service recouvrement de Karu Fibre. Dossier : Mme Marie-Sainte, Pointe-à-Pitre, 240 euros impayés (3 factures). Procédure : au plus 4 échéances, minimum 40 euros chacune. # speaker: narrateur
Allô ? # speaker: client
-> identite

=== identite ===
* [Bonjour, Julien, de Karu Fibre. Pourrais-je parler à Mme Marie-Sainte, s'il vous plaît ? C'est au sujet de son compte client. #greeting:1 #compliance:0]
    C'est moi. Mon compte ? Il y a un problème ?
    (Se présenter est poli, mais « son compte » en dit déjà trop avant de savoir à qui l'on parle : un proche pourrait avoir décroché.) # speaker: narrateur
    -> verification
* [Bonjour, Julien à l'appareil. Pourrais-je parler à Mme Marie-Sainte ? #greeting:1 #compliance:1]
    C'est moi. Qui est à l'appareil ?
    -> verification
* [Bonjour, c'est pour vos 240 euros d'impayés chez Karu Fibre. #compliance:-3 #tone:-1]
    ~ tension = tension + 2
    Quoi ? Mais qui êtes-vous ? Et si ce n'était pas moi au téléphone ?
    -> verification

=== verification ===
* [Julien, de Karu Fibre. Pour la confidentialité, pouvez-vous me confirmer votre date de naissance ? #compliance:2 #greeting:1]
    Le 14 février 1979. C'est pour les factures, c'est ça ?
    -> cause
* [Julien, de Karu Fibre. Pouvez-vous me confirmer votre adresse, s'il vous plaît ? #compliance:1 #greeting:1]
    12, rue Frébault. C'est pour les factures, c'est ça ?
    (Une adresse se trouve facilement, dans un annuaire ou sur une enveloppe : la date de naissance, ou une donnée du contrat, protège mieux.) # speaker: narrateur
    -> cause
* [Je ne vais pas y aller par quatre chemins : vous nous devez de l'argent. #tone:-2 #compliance:-1]
    ~ tension = tension + 1
    Vous le prenez sur quel ton, là ?
    -> cause

=== cause ===
{ tension >= 5: -> raccroche }
* [Oui. Je vois que les factures de mars, avril et mai ne sont pas réglées, soit 240 euros. Est-ce un oubli, ou un problème avec votre banque ? #discovery:1 #tone:1]
    Un oubli ? Non… J'ai perdu mon travail en février. Je paie d'abord le loyer et la nourriture de mes enfants.
    (Le ton est bon, mais la question propose deux causes toutes faites : une question ouverte laisse la personne dire la vraie.) # speaker: narrateur
    -> ecoute
* [Vous savez que les impayés, ça peut aller très loin ? Commissaire de justice, saisie… #compliance:-3 #tone:-3]
    ~ tension = tension + 3
    Vous me menacez ? J'ai perdu mon travail, moi ! Vous croyez que c'est facile ?
    -> ecoute
* [Oui. Les factures de mars, avril et mai, 240 euros, ne sont pas réglées. Que s'est-il passé ? #discovery:3 #tone:1]
    J'ai perdu mon travail en février. Je paie d'abord le loyer et la nourriture de mes enfants. Je ne fais pas exprès.
    -> ecoute

=== ecoute ===
{ tension >= 5: -> raccroche }
* [Je comprends. Il existe des aides : la CAF ou le CCAS de Pointe-à-Pitre peuvent peut-être vous aider pour vos factures, je vous donne leurs coordonnées si vous voulez. #listening:1 #solution:1]
    Merci… mais ça, je connais. Je veux surtout savoir pour vos factures.
    (L'intention est bonne, mais c'est trop tôt : elle veut d'abord une solution avec vous. Les aides pourront venir à la fin de l'appel.) # speaker: narrateur
    -> demande_total
* [C'est une période difficile, Madame. Merci de me le dire. Cherchons ensemble une solution que vous pourrez tenir. #listening:2 #tone:2]
    ~ tension = tension - 1
    … D'accord. Mais je ne peux pas tout payer d'un coup.
    -> demande_total
* [Tout le monde a des problèmes, mais il faut payer ses dettes. #tone:-2 #listening:-2]
    ~ tension = tension + 2
    Je sais que je dois payer ! Pas besoin de me faire la morale !
    -> demande_total

=== demande_total ===
{ tension >= 5: -> raccroche }
* [Pouvez-vous régler une partie aujourd'hui ? Et combien chaque mois, à quelle date ? #solution:2 #discovery:1]
    Je touche mes allocations le 5. Je pourrais mettre 30 euros par mois.
    -> negociation
* [Je vous propose un plan simple : 4 versements de 60 euros, le 1er de chaque mois, de juin à septembre. Ça vous va ? #solution:2 #discovery:-1]
    Le 1er ? Mais je touche mes allocations le 5 ! Et 60, c'est beaucoup… Je pourrais mettre 30 euros par mois.
    (La proposition respecte la procédure, mais elle est faite sans rien demander : la date ne tombe pas avec ses rentrées d'argent.) # speaker: narrateur
    -> negociation
* [Il me faut les 240 euros avant vendredi, sinon je transmets le dossier. #solution:-2 #tone:-2]
    ~ tension = tension + 2
    Avant vendredi ? C'est impossible ! Vous n'écoutez rien !
    -> negociation

=== negociation ===
{ tension >= 5: -> raccroche }
Avec 30 euros par mois, il faudrait 8 mois : hors procédure (4 échéances maximum, 40 euros minimum). # speaker: narrateur
* [Notre règle ne me permet pas d'accepter 30 euros par mois. Je transmets votre situation à mon responsable, avec vos revenus et vos charges, et il vous rappellera d'ici vendredi avec une réponse écrite. #compliance:2 #solution:0]
    Vendredi… D'accord. Mais je ne pourrai pas faire beaucoup plus, vous savez.
    -> fin_responsable
* [D'accord pour 30 euros par mois pendant 8 mois, c'est noté. #compliance:-3 #solution:-1]
    Ah, merci !
    (Cet accord sort de la procédure : il sera refusé et Mme Marie-Sainte sera rappelée. Elle se sentira trahie.) # speaker: narrateur
    ~ tension = tension + 1
    -> recap
* [Merci. Notre règle permet au plus 4 versements. Pourriez-vous faire 60 euros le 5 de chaque mois, de juin à septembre ? Si c'est trop, je demande à mon responsable d'étudier votre cas. #solution:3 #compliance:2 #objection:1]
    ~ tension = tension - 1
    60… Ce sera juste, mais je peux essayer. Le 5, c'est bien, c'est le jour des allocations.
    -> recap
* [30 euros, c'est ridicule. C'est 240 ou rien. #objection:-3 #tone:-2]
    ~ tension = tension + 3
    -> raccroche

=== recap ===
{ tension >= 5: -> raccroche }
* [C'est noté : 60 euros le 5 de chaque mois, jusqu'en septembre. Vous recevez un courrier de confirmation. #closing:2 #reformulation:1]
    D'accord. Et si un mois je ne peux pas ?
    (L'accord est confirmé par écrit, mais dire quoi faire en cas de difficulté, appeler avant la date, évite un nouvel impayé.) # speaker: narrateur
    -> fin_accord
* [Je récapitule : 4 versements de 60 euros, le 5 juin, le 5 juillet, le 5 août et le 5 septembre. Je vous envoie l'accord par e-mail aujourd'hui. Un souci ? Appelez-nous avant la date. D'accord ? #closing:2 #reformulation:2 #compliance:1]
    Oui, c'est d'accord. Merci de m'avoir écoutée.
    -> fin_accord
* [Bon, c'est noté. Au revoir. #closing:-2 #compliance:-1]
    Attendez… c'est noté quoi exactement ? Je vais recevoir un papier ?
    -> fin_flou

=== raccroche ===
Vous n'avez aucun respect. Je raccroche. Envoyez-moi un courrier si vous voulez. # speaker: client
-> fin_echec

=== fin_accord ===
{ tension <= 1: Accord conforme, réaliste et confirmé par écrit. La cause est identifiée, la débitrice a été respectée : les chances que l'accord soit tenu sont bonnes. | Accord obtenu et confirmé, mais la relation reste tendue. Un suivi attentif sera nécessaire. } # speaker: narrateur
-> END

=== fin_responsable ===
Pas d'accord aujourd'hui, mais rien d'interdit n'a été promis et la débitrice sait quand on la rappellera. C'est correct ; proposer d'abord un plan dans la procédure, aligné sur le 5 du mois, aurait pu conclure dès cet appel. # speaker: narrateur
-> END

=== fin_flou ===
Sans récapitulatif ni confirmation écrite, l'accord est fragile : en cas de désaccord, personne ne pourra dire ce qui a été convenu. # speaker: narrateur
-> END

=== fin_echec ===
Aucun accord. La débitrice a raccroché : menaces, morale ou exigences impossibles ont fermé le dialogue. Le dossier devient plus difficile et plus coûteux pour tout le monde. # speaker: narrateur
-> END
