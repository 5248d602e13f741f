VAR interet = 1
Jeudi, 18 h 05. Appel sortant pour Caraïbes Assurances. Mme Lauret, du Lamentin, a demandé un devis auto sur le site il y a deux jours, et elle a coché « J'accepte d'être rappelée par téléphone » : son accord est enregistré dans la fiche. # speaker: narrateur
Oui, allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Lauret, Julien, de Caraïbes Assurances, j'espère que vous allez bien. Je vous appelle pour votre devis auto, on va pouvoir le faire ensemble. #greeting:2 #compliance:0]
    Euh… c'est qui déjà ? Envoyez-moi une doc, je regarderai.
    (Aimable, mais sans rappeler d'où vient l'appel ni demander si le moment convient : la cliente ne fait pas le lien et se ferme.) # speaker: narrateur
    -> doc
* [Bonjour Madame Lauret, Julien, de Caraïbes Assurances. Vous avez demandé un devis auto mardi et accepté notre rappel. Avez-vous trois minutes ? #greeting:2 #compliance:2]
    Ah oui… mais là, écoutez, envoyez-moi une doc, je regarderai.
    -> doc
* [Bonjour Madame, j'ai une offre exceptionnelle pour vous ! #greeting:-1 #argumentation:-1]
    ~ interet = interet - 1
    Une offre ? Je n'ai pas le temps. Envoyez-moi une doc.
    -> doc

=== doc ===
* [Volontiers. Pour vous envoyer la bonne : c'est le prix, les garanties, ou l'assistance qui compte le plus ? #objection:2 #discovery:2]
    ~ interet = interet + 1
    Le prix, surtout. Je paie 78 euros par mois pour une petite Clio, je trouve ça énorme.
    -> besoin
* [Volontiers, je vous l'envoie ce soir. Puis-je juste vous poser deux ou trois petites questions sur votre voiture, pour que le devis soit juste ? #objection:1 #discovery:2]
    Deux ou trois… bon, vite alors. Ce qui compte, c'est le prix : 78 euros par mois pour une Clio.
    (Accepter la doc est juste, mais annoncer « des questions » fait peur à une personne pressée. Une seule question, choisie, passe mieux.) # speaker: narrateur
    -> besoin
* [D'accord, je vous envoie la brochure. Au revoir. #objection:-2 #closing:-1]
    -> fin_brochure
* [Une doc, ça ne sert à rien, laissez-moi vous expliquer. #objection:-2 #tone:-2]
    ~ interet = interet - 1
    Si vous le prenez comme ça… Je vous ai dit que je n'avais pas le temps.
    -> besoin

=== besoin ===
{ interet <= 0:
    Bon, j'ai vraiment peu de temps. Faites court. # speaker: client
}
* [Combien de sinistres en cinq ans, et combien de kilomètres par an ? #discovery:2]
    Aucun… Et les kilomètres, je ne sais pas, je fais Le Lamentin – Fort-de-France. Pas de sinistre depuis dix ans, en fait.
    (Les bonnes questions, mais posées comme un formulaire, sans un mot sur ce qu'elle vient de dire.) # speaker: narrateur
    -> argument
* [Chez nous c'est moins cher, c'est sûr. #argumentation:-2]
    ~ interet = interet - 1
    Tout le monde dit ça.
    -> argument
* [78 euros, c'est une somme. Avez-vous eu des sinistres ces dernières années ? Et vous roulez beaucoup ? #discovery:2 #listening:1]
    Aucun sinistre depuis dix ans. Je fais juste Le Lamentin – Fort-de-France pour le travail.
    -> argument

=== argument ===
* [Dix ans sans sinistre, c'est un très bon profil. Chez nous, vous partiriez de 52 euros par mois. #argumentation:2]
    52 ? Ah… Mais je veux voir ça tranquillement.
    (Juste et court, mais l'argument ne dit pas ce que la cliente y gagne, elle : une baisse de sa mensualité, chiffrée sur son devis.) # speaker: narrateur
    -> rappel
* [Dix ans sans sinistre, c'est un très bon bonus, environ 0,57 (C). Votre mensualité peut baisser (A) : pour votre profil, nous partons de 52 euros par mois. Je vous envoie un devis à votre nom (P). #argumentation:3]
    ~ interet = interet + 1
    52 ? Ça m'intéresse. Mais je veux voir ça tranquillement.
    -> rappel
* [Avec dix ans sans sinistre, vous avez le bonus maximal, 0,50 : chez nous, ça fait 52 euros par mois. #argumentation:1 #compliance:-2]
    52 ? Ça m'intéresse. Mais je veux voir ça tranquillement.
    (Le chiffre est faux : le coefficient de 0,50, le meilleur, s'atteint après 13 ans sans sinistre ; après 10 ans, il est d'environ 0,57. Une erreur sur le bonus se voit sur le contrat.) # speaker: narrateur
    -> rappel
* [Nous avons plein de garanties : bris de glace, vol, incendie, assistance 0 km, véhicule de remplacement, protection juridique… #argumentation:-1 #listening:-1]
    Oui, bon. Envoyez la doc, je verrai.
    -> rappel

=== rappel ===
* [Je vous envoie le devis et la doc ce soir. Je vous rappelle pour en parler : mardi 18 h ou mercredi 12 h 30 ? #closing:2 #objection:1]
    -> creneau
* [Je vous envoie le devis et la documentation ce soir. Quand est-ce que je peux vous rappeler, à votre avis, pour en parler tranquillement ? #closing:1 #objection:1]
    Euh… je ne sais pas… mercredi midi, peut-être ?
    (Question ouverte et respectueuse, mais une personne pressée choisit plus vite entre deux créneaux précis.) # speaker: narrateur
    -> creneau
* [Je vous envoie tout, rappelez-nous si ça vous intéresse. #closing:-1]
    -> fin_brochure

=== creneau ===
{ interet >= 2: Mercredi 12 h 30, c'est parfait. Mon e-mail, c'est lauret.m arobase… # speaker: client | Bon… mercredi 12 h 30. Mais je ne promets rien. # speaker: client }
* [Parfait, c'est noté pour mercredi. Merci beaucoup pour votre temps, Madame Lauret, et très bonne soirée à vous. #closing:2 #tone:1 #reformulation:-1]
    (Chaleureux, mais sans relire l'heure et l'adresse e-mail : une erreur de saisie passerait inaperçue.) # speaker: narrateur
    -> fin_rdv
* [Ok, ciao ! #closing:-2 #tone:-1]
    -> fin_rdv
* [Je relis : rappel mercredi 12 h 30, devis envoyé ce soir à votre e-mail. Merci, Madame Lauret, bonne soirée. #reformulation:2 #closing:2]
    -> fin_rdv

=== fin_brochure ===
La documentation part sans rendez-vous de rappel. Mme Lauret la recevra parmi d'autres e-mails… et l'oubliera sans doute. # speaker: narrateur
-> END

=== fin_rdv ===
{ interet >= 2: Rendez-vous téléphonique fixé avec une cliente intéressée. Devis ciblé envoyé le soir même. | Rendez-vous fixé, mais l'intérêt reste fragile : il faudra un devis très clair. } # speaker: narrateur
-> END
