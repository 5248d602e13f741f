VAR confiance = 1
VAR ecrit = 1
Appel de fidélisation sortant, mercredi 11 h. Mme Bélénus, de Saint-Pierre, cliente internet et mobile depuis 8 ans : vous l'appelez au sujet de son contrat en cours. Votre objectif : faire le point, et proposer une offre si elle répond à un besoin. # speaker: narrateur
Allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Bélénus, Kelly, de Madinina Télécom. Vous êtes cliente depuis 8 ans, et je vous appelle pour faire le point sur vos services. Avez-vous cinq minutes ? #greeting:2 #compliance:0]
    Huit ans déjà ? Oui, allez-y.
    (Chaleureux, mais l'appel cache son but : dès le début, le conseiller doit dire qu'il peut proposer une offre. Sinon, la proposition arrivera comme une surprise.) # speaker: narrateur
    -> point
* [Bonjour Madame Bélénus, Kelly, de Madinina Télécom. Je vous appelle pour faire le point sur votre contrat, et vous proposer une offre si elle vous est utile. Avez-vous cinq minutes ? #greeting:2 #compliance:2]
    Une offre… Bon, allez-y, je vous écoute.
    -> point
* [Bonjour, j'ai une super promo à vous proposer aujourd'hui ! #greeting:-1 #argumentation:-2]
    ~ confiance = confiance - 1
    Encore une promo… Je suis déjà cliente, vous savez.
    -> point

=== point ===
* [D'abord : votre connexion et votre mobile, ça va ? Quelque chose vous gêne ? #discovery:2 #listening:1]
    ~ confiance = confiance + 1
    Ça va… Sauf le soir : mes deux petits-enfants sont là, ils regardent des vidéos, et tout rame. Et mon forfait mobile, je dépasse souvent.
    -> reformuler
* [Je vois sur votre fiche que vous dépassez souvent votre forfait mobile, environ 9 euros par mois. Et votre connexion internet, elle vous convient bien, le soir aussi ? #discovery:1 #listening:1]
    Ah, vous voyez ça ? Oui… Et le soir, quand mes petits-enfants sont là, tout rame.
    (Utiliser la fiche est bien, mais commencer par ses chiffres donne l'impression d'être surveillée. Une question ouverte la laisse dire ce qui compte pour elle.) # speaker: narrateur
    -> reformuler
* [Je vois que vous avez l'ADSL, c'est dépassé. Il faut passer à la fibre. #discovery:-2 #tone:-1]
    ~ confiance = confiance - 1
    Dépassé ? Ça marche très bien pour moi… enfin, sauf le soir quand les petits sont là.
    -> reformuler

=== reformuler ===
* [Si je résume tout ce que vous m'avez dit : la journée ça va, mais le soir, quand vos deux petits-enfants viennent et regardent des vidéos, ça rame, et en plus votre forfait mobile est souvent dépassé. C'est ça ? #reformulation:2]
    Oui, c'est ça… vous avez tout noté.
    (Fidèle, mais long : une reformulation courte, avec ses mots, se vérifie plus facilement au téléphone.) # speaker: narrateur
    -> proposition
* [D'accord, j'ai une offre pour ça. #reformulation:-1]
    -> proposition
* [Si je comprends bien : le soir, avec les petits, la connexion rame, et vous dépassez votre forfait mobile. C'est bien cela ? #reformulation:3]
    Exactement.
    -> proposition

=== proposition ===
La fibre est disponible à son adresse. L'offre fibre + mobile 50 Go coûte 12 euros de plus par mois qu'aujourd'hui ; ses dépassements lui coûtent environ 9 euros par mois. # speaker: narrateur
* [Je vous propose la fibre avec le mobile 50 Go. C'est 12 euros de plus par mois, mais vous aurez une connexion bien plus rapide le soir et vous ne dépasserez plus votre forfait mobile. #argumentation:2 #solution:1]
    Douze euros de plus… C'est beaucoup, pour moi. Il faut des travaux, en plus ?
    (La bonne offre, mais le prix est donné sans le comparer aux 9 euros de dépassement qu'elle paie déjà : la différence réelle, 3 euros, est le meilleur argument.) # speaker: narrateur
    -> objection
* [Avec la fibre, plusieurs vidéos en même temps, sans ralentir. Avec le mobile 50 Go, plus de dépassement. 12 euros de plus, moins vos 9 euros de dépassement : environ 3 euros de différence. #argumentation:3 #solution:1]
    ~ confiance = confiance + 1
    Trois euros… pour ne plus entendre les petits se plaindre, ça vaut le coup. Mais il faut des travaux ?
    -> objection
* [Je vous propose notre pack premium à 25 euros de plus : fibre, mobile 100 Go, bouquet TV sport et cinéma, et le cloud 1 To. #argumentation:-2 #listening:-1]
    ~ confiance = confiance - 1
    Vingt-cinq euros ? Je ne regarde pas le sport. Non, c'est trop.
    -> objection

=== objection ===
{ confiance <= 0: -> refus }
* [Bonne question. Un technicien pose la prise en une demi-journée, sans frais. Vous gardez votre numéro. Mardi matin ou jeudi après-midi ? #objection:2 #closing:1]
    -> commande
* [Un technicien vient poser une prise fibre chez vous : il passe le câble depuis la rue, souvent par la même gaine que le téléphone, perce un petit trou si besoin, puis installe la box. Tout est gratuit. #objection:1 #solution:1]
    D'accord… un trou, quand même ? Bon. Et quand ça ?
    (Tout est vrai, mais trop de détails techniques inquiètent. L'essentiel : une demi-journée, sans frais, le numéro gardé.) # speaker: narrateur
    -> commande
* [Oh, c'est rien du tout, signez et on verra. #objection:-2 #compliance:-2]
    ~ confiance = confiance - 1
    « On verra » ? Non, je préfère réfléchir.
    -> fin_sans_vente

=== refus ===
Écoutez, je suis bien comme je suis. Je ne veux rien changer. # speaker: client
* [Très bien. Puis-je vous rappeler dans six mois pour en reparler ? #objection:1 #closing:1]
    Si vous voulez… mais je ne changerai pas d'avis.
    (Accepter le refus est juste. Mais noter le besoin exprimé, les ralentissements du soir, est plus utile qu'une date de rappel qu'elle n'a pas demandée.) # speaker: narrateur
    -> fin_sans_vente
* [Vous faites une erreur, c'est une bonne affaire. #objection:-2 #tone:-2]
    -> fin_agacee
* [Je comprends, Madame Bélénus. Je note que la connexion ralentit le soir. Merci pour votre fidélité. #objection:1 #closing:2]
    -> fin_sans_vente

=== commande ===
Jeudi après-midi, c'est mieux. # speaker: client
* [Je récapitule : fibre et mobile 50 Go, 12 euros de plus par mois, installation gratuite jeudi 16 entre 14 h et 18 h, votre numéro conservé. Vous avez 14 jours pour changer d'avis. C'est bien cela ? #closing:2 #compliance:0]
    Oui… Alors c'est fait ?
    ~ ecrit = 0
    (Le récapitulatif est complet, mais un « oui » au téléphone ne vaut pas commande : la cliente n'est engagée qu'après avoir accepté l'offre écrite envoyée après l'appel. Il faut le lui dire, et la lui envoyer.) # speaker: narrateur
    -> fin_vente
* [Je vous envoie l'offre par e-mail : fibre et mobile 50 Go, 12 euros de plus, installation jeudi 16 de 14 h à 18 h. Rien n'est fait tant que vous ne l'avez pas acceptée. #closing:2 #compliance:2]
    Ah, je peux la lire d'abord ? C'est bien. Merci, c'est gentil d'avoir appelé.
    -> fin_vente
* [C'est validé, merci et au revoir ! #closing:-1 #compliance:-2]
    ~ ecrit = 0
    Euh… c'est validé ? Je n'ai même pas eu le récapitulatif.
    -> fin_vente

=== fin_vente ===
{ ecrit == 0: La cliente croit avoir commandé, ou ne sait plus. Or rien ne l'engage tant qu'elle n'a pas accepté l'offre écrite : sans cet écrit, la commande ne tient pas. | { confiance >= 2: Mme Bélénus a une offre qui répond à son vrai besoin. Elle la recevra par écrit ; la commande sera faite quand elle l'aura acceptée, puis elle aura 14 jours pour changer d'avis. | L'offre écrite part, mais Mme Bélénus n'est pas tout à fait sûre d'elle : elle pourrait ne pas l'accepter. } } # speaker: narrateur
-> END

=== fin_sans_vente ===
Pas de vente aujourd'hui, mais la relation est préservée : le besoin est noté dans le CRM pour un prochain contact. # speaker: narrateur
-> END

=== fin_agacee ===
Mme Bélénus raccroche agacée. Un appel de fidélisation qui vire à la vente forcée peut faire partir une cliente de huit ans. # speaker: narrateur
-> END
