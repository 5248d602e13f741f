VAR confiance = 1
Appel de fidélisation sortant, mercredi 11 h. Mme Bélénus, de Saint-Pierre, cliente internet et mobile depuis 8 ans. Votre objectif : faire le point, et proposer une offre si elle répond à un besoin. # speaker: narrateur
Allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Bélénus, Kelly, de Madinina Télécom. Vous êtes cliente chez nous depuis 8 ans, et je vous appelle pour faire le point sur vos services. Avez-vous cinq minutes ? #greeting:2 #compliance:1]
    Huit ans déjà ? Oui, allez-y.
    -> point
* [Bonjour, j'ai une super promo à vous proposer aujourd'hui ! #greeting:-1 #argumentation:-2]
    ~ confiance = confiance - 1
    Encore une promo… Je suis déjà cliente, vous savez.
    -> point

=== point ===
* [Tout d'abord, êtes-vous satisfaite de votre connexion et de votre mobile ? Y a-t-il quelque chose qui vous gêne ? #discovery:2 #listening:1]
    ~ confiance = confiance + 1
    Ça va… Sauf le soir : mes deux petits-enfants sont là, ils regardent des vidéos, et tout rame. Et mon forfait mobile, je dépasse souvent.
    -> reformuler
* [Je vois que vous avez l'ADSL, c'est dépassé. Il faut passer à la fibre. #discovery:-2 #tone:-1]
    ~ confiance = confiance - 1
    Dépassé ? Ça marche très bien pour moi… enfin, sauf le soir quand les petits sont là.
    -> reformuler

=== reformuler ===
* [Si je comprends bien : la connexion ralentit le soir quand vos petits-enfants sont là, et vous dépassez votre forfait mobile. C'est bien cela ? #reformulation:3]
    Exactement.
    -> proposition
* [D'accord. #reformulation:-1]
    -> proposition

=== proposition ===
La fibre est disponible à son adresse. L'offre fibre + mobile 50 Go coûte 12 euros de plus par mois qu'aujourd'hui ; ses dépassements lui coûtent environ 9 euros par mois. # speaker: narrateur
* [La fibre est disponible chez vous : plusieurs personnes peuvent regarder des vidéos en même temps sans ralentissement. Et avec le mobile 50 Go inclus, plus de dépassement, qui vous coûte environ 9 euros par mois. Au total, 12 euros de plus par mois, donc environ 3 euros de différence réelle. #argumentation:3 #solution:1]
    ~ confiance = confiance + 1
    Trois euros… pour ne plus entendre les petits se plaindre, ça vaut le coup. Mais il faut des travaux ?
    -> objection
* [Je vous propose notre pack premium à 25 euros de plus : fibre, mobile 100 Go, bouquet TV sport et cinéma, et le cloud 1 To. #argumentation:-2 #listening:-1]
    ~ confiance = confiance - 1
    Vingt-cinq euros ? Je ne regarde pas le sport. Non, c'est trop.
    -> objection

=== objection ===
{ confiance <= 0:
    Écoutez, je suis bien comme je suis. Je ne veux rien changer. # speaker: client
    * * [Je comprends tout à fait, Madame Bélénus. Je note que votre connexion ralentit le soir ; si vous changez d'avis, la fibre reste disponible chez vous. Merci pour votre fidélité. #objection:1 #closing:2]
        -> fin_sans_vente
    * * [Vous faites une erreur, c'est vraiment une bonne affaire. #objection:-2 #tone:-2]
        -> fin_agacee
}
* [C'est une bonne question. Un technicien vient poser la prise fibre, en une demi-journée, sans frais. Vous gardez votre numéro fixe. Je peux vous proposer mardi matin ou jeudi après-midi. #objection:2 #closing:1]
    -> commande
* [Oh, c'est rien du tout, signez et on verra. #objection:-2 #compliance:-2]
    ~ confiance = confiance - 1
    « On verra » ? Non, je préfère réfléchir.
    -> fin_sans_vente

=== commande ===
Jeudi après-midi, c'est mieux. # speaker: client
* [Je récapitule : fibre et mobile 50 Go, 12 euros de plus par mois, installation gratuite jeudi 16 entre 14 h et 18 h, votre numéro conservé. Vous avez 14 jours pour changer d'avis. Je vous envoie le récapitulatif par e-mail. Est-ce bien cela ? #closing:2 #compliance:2]
    C'est parfait. Merci, c'est gentil d'avoir appelé.
    -> fin_vente
* [C'est validé, merci et au revoir ! #closing:-1 #compliance:-2]
    Euh… c'est validé ? Je n'ai même pas eu le récapitulatif.
    -> fin_vente

=== fin_vente ===
{ confiance >= 2: Mme Bélénus a une offre qui répond à son vrai besoin. Cliente fidélisée et vente additionnelle réussie. | La vente est faite, mais Mme Bélénus n'est pas tout à fait sûre d'elle : attention au risque de rétractation. } # speaker: narrateur
-> END

=== fin_sans_vente ===
Pas de vente aujourd'hui, mais la relation est préservée : le besoin est noté dans le CRM pour un prochain contact. # speaker: narrateur
-> END

=== fin_agacee ===
Mme Bélénus raccroche agacée. Un appel de fidélisation qui vire à la vente forcée peut faire partir une cliente de huit ans. # speaker: narrateur
-> END
