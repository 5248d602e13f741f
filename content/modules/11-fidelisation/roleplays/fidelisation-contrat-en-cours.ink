VAR consulte_fiche = false
VAR consulte_offres_fidelite = false
VAR consulte_regles_appel = false
VAR partenaire = 0
VAR vendu_oral = 0
Jeudi, 17 h 30. Campagne de fidélité de Caraïbes Mobile : vous appelez M. Théophile, client depuis mars 2025. La fiche client et la base de connaissances sont à côté du dialogue. # speaker: narrateur
Allô, oui ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour, je parle bien à Monsieur Théophile ? Kelly, de Caraïbes Mobile. J'appelle pour vous proposer un forfait mieux adapté. Vous avez deux minutes ? #greeting:2 #compliance:2]
    Oui, c'est moi. Deux minutes, d'accord.
    -> droit
* [Bonjour Monsieur Théophile, c'est Kelly, de Caraïbes Mobile ! Comment allez-vous ? Je prends simplement de vos nouvelles, comme ça, pour voir si tout va bien. #greeting:2 #compliance:0]
    Ça va… Vous m'appelez juste pour ça ?
    (Chaleureux, mais le but commercial est caché : le client le découvrira plus tard et se sentira piégé.) # speaker: narrateur
    -> droit
* [Bonjour, vous avez cinq minutes pour une petite enquête ? #compliance:-2 #greeting:0]
    Une enquête ? Bon…
    (Présenter une offre commerciale comme une enquête est trompeur.) # speaker: narrateur
    -> droit

=== droit ===
Attendez. Vous avez le droit de m'appeler pour vendre ? On m'a dit que maintenant, c'était interdit. # speaker: client
{ consulte_regles_appel:
    (L'article le rappelle : un client sous contrat peut être appelé pour une offre liée à ce contrat.) # speaker: narrateur
}
* [Oui : vous avez un contrat chez nous et je vous appelle pour ce contrat. Si vous préférez arrêter là, je raccroche. #compliance:3]
    Ah, d'accord. C'est clair. Allez-y.
    -> decouverte
* [Ne vous en faites pas, c'est tout à fait autorisé, nous avons le droit de vous appeler, il n'y a aucun problème de ce côté-là. #compliance:0 #tone:1]
    Si vous le dites…
    (Rassurant, mais sans la raison : le client ne sait toujours pas pourquoi cet appel-là est permis.) # speaker: narrateur
    -> decouverte
* [La loi, c'est pour les autres sociétés, pas pour nous. #compliance:-3]
    Ah bon ? Ça m'étonne.
    -> decouverte

=== decouverte ===
* { consulte_fiche } [D'abord : le réseau à Sainte-Rose, depuis votre réclamation d'octobre, ça va mieux ? #listening:2 #discovery:1]
    Oui, c'est réglé, merci de demander. Par contre, je dépasse souvent mon forfait, je recharge.
    -> offre
* [Comment trouvez-vous votre forfait en ce moment ? Il vous suffit, ou il vous manque quelque chose ? #discovery:1]
    Je dépasse souvent. Je recharge 10 € presque tous les mois.
    -> offre
* [J'ai une super offre pour vous : 100 Go ! #discovery:-2 #argumentation:-1]
    100 Go ? Je n'en demande pas tant. C'est combien ?
    -> offre

=== offre ===
{ consulte_fiche:
    (La fiche montre : 34, 37 et 35 Go ces trois derniers mois, et 10 € de recharge par mois.) # speaker: narrateur
}
* { consulte_fiche and consulte_offres_fidelite } [Vous utilisez environ 35 Go et rechargez 10 €. Le 50 Go est à 29 € : 6 € de moins par mois. #argumentation:3 #reformulation:1]
    6 € de moins et plus de gigas ? Là, ça m'intéresse.
    -> partenaire_offre
* { consulte_fiche and not consulte_offres_fidelite } [Vous utilisez environ 35 Go par mois. Un forfait plus grand vous irait mieux, je regarde le prix. #argumentation:1 #reformulation:1]
    Oui, regardez. Mais pas plus cher qu'aujourd'hui, hein.
    (Bonne base, mais sans l'article des offres, le prix manque : le client attend un chiffre.) # speaker: narrateur
    -> partenaire_offre
* [Le forfait 100 Go à 35 €, c'est notre meilleure offre du moment, tout le monde le prend, vous ne le regretterez pas ! #argumentation:-1 #discovery:-1]
    35 € ? C'est plus cher que ce que je paie. Je ne sais pas…
    (Vanter « la meilleure offre » sans partir de la consommation du client : il ne voit pas son intérêt.) # speaker: narrateur
    -> partenaire_offre
* [Combien de gigas utilisez-vous par mois, à peu près ? #discovery:1]
    Je ne sais pas, moi. Beaucoup ? C'est vous qui avez les chiffres, non ?
    (Bonne question en général, mais ici la fiche avait la réponse : le client n'a pas à la chercher.) # speaker: narrateur
    -> partenaire_offre

=== partenaire_offre ===
Votre script de campagne propose aussi l'assurance habitation d'un partenaire, Assur'Îles. # speaker: narrateur
{ consulte_fiche:
    (La fiche indique : pas d'accord pour les offres des partenaires.) # speaker: narrateur
}
* [Je ne vous parle que de votre forfait : c'est l'objet de mon appel. #compliance:2]
    Tant mieux. Une chose à la fois.
    -> confirmation
* [Et puisque je vous ai : notre partenaire Assur'Îles a une assurance habitation à 9 € par mois, une très bonne affaire pour vous. #compliance:-3 #argumentation:0]
    ~ partenaire = 1
    Une assurance maintenant ? Vous m'appelez pour quoi, au juste ?
    (Ce produit n'est pas lié à son contrat, et il n'a pas donné son accord : c'est du démarchage interdit.) # speaker: narrateur
    -> confirmation
* [Seriez-vous d'accord pour qu'un partenaire vous appelle pour une assurance ? #compliance:0]
    Non merci, je l'ai déjà dit une fois.
    (Pas interdit de demander, mais il a déjà dit non : la fiche le montre. Redemander ressemble à de la pression.) # speaker: narrateur
    -> confirmation

=== confirmation ===
Bon, pour le 50 Go, c'est d'accord. # speaker: client
* { consulte_fiche } [Je vous envoie l'offre par SMS et e-mail. Rien ne change avant que vous l'acceptiez par le lien. Votre fin d'engagement reste le 14 mars 2027. #closing:3 #compliance:2]
    Parfait, je regarde ce soir.
    -> fin
* [C'est fait, votre forfait passe à 50 Go dès demain ! #closing:0 #compliance:-3]
    ~ vendu_oral = 1
    Déjà ? Je n'ai rien signé, moi…
    -> fin
* [Parfait ! Je vous envoie tout ça par SMS, vous validez avec le lien quand vous voulez, tranquillement. Merci de votre fidélité et bonne soirée ! #closing:1 #compliance:2]
    Merci, bonne soirée.
    (Correct : l'offre part par écrit et il l'accepte par le lien. Mais il ne sait pas si son engagement change : c'était dans la fiche.) # speaker: narrateur
    -> fin

=== fin ===
{ vendu_oral == 1: Bilan : un « oui » au téléphone n'engage pas le client. L'offre doit lui être envoyée par écrit, et le changement attend qu'il l'accepte. | Bilan : l'offre part par écrit, le client l'acceptera par le lien. }  # speaker: narrateur
{ partenaire == 1: Et l'assurance du partenaire n'aurait pas dû être proposée : elle n'est pas liée au contrat, et le client n'avait pas donné son accord. # speaker: narrateur }
{ consulte_fiche: Vous avez appuyé l'appel sur la fiche du client : sa consommation, sa réclamation, son engagement. # speaker: narrateur | Vous n'avez pas ouvert la fiche : l'appel est resté général. # speaker: narrateur }
-> END
