VAR consulte_fiche = false
VAR consulte_donnees_mobiles = false
VAR verifie = 0
Lundi, 15 h 40. Appel entrant au service d'assistance d'Antilles Télécom. La fiche client et la base de connaissances sont à côté du dialogue. # speaker: narrateur
Bonjour… J'ai un téléphone neuf depuis hier, et internet ne marche pas. Sauf à la maison, avec le wifi. # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame, Noah, d'Antilles Télécom. Je vais vous aider. Votre numéro de ligne, pour ouvrir votre dossier ? #greeting:2 #compliance:1]
    C'est le 0696 28 15 73. Mme Ramassamy.
    -> diagnostic
* [Bonjour Madame, Noah, d'Antilles Télécom. Ah, un téléphone neuf, c'est toujours un peu compliqué au début ! Ne vous inquiétez pas, on va trouver ensemble. #greeting:1 #tone:1]
    Merci, c'est gentil. Vous voulez mon numéro ?
    (Rassurant, mais sans demander la ligne, impossible d'ouvrir la fiche : la cliente doit le proposer elle-même.) # speaker: narrateur
    C'est le 0696 28 15 73. Mme Ramassamy. # speaker: client
    -> diagnostic
* [Vous avez essayé de l'éteindre et de le rallumer ? #greeting:-1 #discovery:-1]
    Oui, trois fois. Vous êtes qui, d'abord ?
    C'est le 0696 28 15 73, si vous voulez. # speaker: client
    -> diagnostic

=== diagnostic ===
{ consulte_fiche:
    (La fiche montre : ligne active, 4 Go utilisés sur 30, SIM dans un téléphone neuf depuis hier, aucun incident au Robert.) # speaker: narrateur
}
* { consulte_fiche } [Votre ligne est active et il vous reste 26 Go : ce n'est pas le forfait. Pouvez-vous couper le wifi ? #discovery:2 #solution:1]
    Je coupe… Voilà. Et en haut, il n'y a pas « 4G », rien.
    -> guide
* [Est-ce que votre forfait ne serait pas épuisé, ce mois-ci, par hasard ? Vous regardez beaucoup de vidéos ? #discovery:1]
    Je ne sais pas, moi… Je ne regarde pas de vidéos. J'ai coupé le wifi, et en haut, il n'y a rien.
    (Une piste possible, mais la fiche répondait déjà : forfait à peine entamé. La cliente n'a pas à le deviner.) # speaker: narrateur
    -> guide
* [C'est sûrement le téléphone. Il faut le rapporter au magasin. #solution:-2 #discovery:-1]
    Au magasin ? C'est à Fort-de-France, je n'ai pas de voiture…
    (Sans diagnostic, accuser l'appareil renvoie la cliente loin pour rien.) # speaker: narrateur
    Bon. Qu'est-ce que je fais, alors ? Le wifi est coupé, et il n'y a rien en haut de l'écran. # speaker: client
    -> guide

=== guide ===
{ consulte_donnees_mobiles:
    (La procédure : Paramètres, Réseau, Données mobiles. Sur un téléphone neuf, elles sont souvent désactivées.) # speaker: narrateur
}
* { consulte_donnees_mobiles } [Ouvrez « Paramètres », puis « Réseau ». Dites-moi ce que vous voyez. #solution:2 #listening:1]
    ~ verifie = 1
    Paramètres… Réseau… Il y a « Données mobiles », c'est gris.
    -> activer
* { consulte_donnees_mobiles } [Allez dans Paramètres, Réseau, Données mobiles, activez-les, vérifiez que le point d'accès est « web.antel », puis redémarrez le téléphone. #solution:1]
    Attendez, attendez… Paramètres, et après ? Vous allez trop vite.
    (Tout est juste, mais trois consignes d'un coup perdent une cliente peu à l'aise : une étape, puis on écoute.) # speaker: narrateur
    Bon… Paramètres, Réseau… « Données mobiles », c'est gris. # speaker: client
    -> activer
* [Cherchez dans les réglages : il y a un bouton pour internet, quelque part. #solution:-1]
    Quelque part ? Il y a cinquante boutons…
    (Sans la procédure, le conseiller devine et la cliente cherche seule.) # speaker: narrateur
    Ah, « Données mobiles », c'est gris, ça ? # speaker: client
    -> activer

=== activer ===
* [Appuyez dessus pour l'activer. Le « 4G » apparaît-il en haut de l'écran ? #solution:2 #listening:1]
    ~ verifie = 2
    Oui ! « 4G » ! Et la page s'ouvre !
    -> cloture
* [C'est ça : activez-le, et ça va marcher. #solution:1]
    Je l'active… Bon. Je verrai bien tout à l'heure.
    (Bonne consigne, mais rien n'est vérifié : si ça ne marche pas, elle devra rappeler.) # speaker: narrateur
    -> cloture
* [Voilà, c'est réglé. Bonne journée ! #solution:-1 #closing:-1]
    Réglé ? Je n'ai encore rien fait…
    -> cloture

=== cloture ===
* [Ça marche. Si ça coupe encore, regardez d'abord ce bouton. Autre chose pour votre téléphone ? #closing:2]
    Non, c'est tout. Merci beaucoup, jeune homme.
    -> fin
* [Super, je suis vraiment content que ça marche enfin, Madame ! N'hésitez surtout pas à nous rappeler si vous avez le moindre souci, nous sommes là pour ça ! #closing:0 #tone:1]
    Merci. Mais si ça recommence, je fais quoi ?
    (Chaleureux, mais sans repère : elle ne sait pas quoi regarder si la panne revient.) # speaker: narrateur
    -> fin
* [D'accord. Au revoir. #closing:-1]
    -> fin

=== fin ===
{ verifie == 2: Bilan : panne réglée et vérifiée avec la cliente, en suivant la procédure. | Bilan : la cliente a sans doute internet, mais personne ne l'a vérifié. Un appel de plus est probable. } # speaker: narrateur
{ not consulte_donnees_mobiles: Vous n'avez pas ouvert la procédure : elle disait où chercher et dans quel ordre. # speaker: narrateur }
-> END
