VAR tension = 2
VAR promesse = 0
M. Ferdinand, Sainte-Anne (Guadeloupe), client box internet et TV depuis 6 ans, appelle le service clients. Le serveur vocal l'a identifié (numéro client et code postal) : son dossier est ouvert. # speaker: narrateur
Bonjour. Je veux résilier. Tout de suite. Et ne me faites pas votre baratin. # speaker: client
-> accueil

=== accueil ===
* [Bonjour Monsieur Ferdinand, Laura à votre écoute. Très bien, je vais m'occuper de votre résiliation. Pour la fiche, pouvez-vous me dire la raison de votre départ ? #greeting:1 #discovery:1 #tone:1]
    La raison ? Deux mois que la télé coupe tous les soirs, trois appels pour rien. Et c'est moins cher ailleurs.
    (Respectueux et rapide, mais la question « pour la fiche » ne cherche pas à comprendre : elle ferme la porte à une solution.) # speaker: narrateur
    -> raison
* [Bonjour Monsieur Ferdinand, Laura. C'est noté, je m'en occupe. Qu'est-ce qui vous décide à partir ? #greeting:1 #discovery:2 #tone:1]
    Ce qui me décide ? Deux mois que la télé coupe tous les soirs ! Trois appels, rien n'a bougé. Et j'ai vu moins cher ailleurs.
    -> raison
* [Pour résilier, il faut envoyer un courrier recommandé. Je ne peux rien faire au téléphone. #compliance:-3 #solution:-2]
    ~ tension = tension + 2
    C'est faux, je me suis renseigné ! Vous essayez de me décourager ? Je vais écrire à l'association de consommateurs.
    -> raison

=== raison ===
{ tension >= 5: -> rupture }
* [Si je comprends bien, ce sont surtout ces coupures tous les soirs, sans solution après trois appels, qui vous font partir. C'est ça ? #reformulation:3 #listening:1]
    ~ tension = tension - 1
    Oui. Si ça marchait, je ne serais pas parti. Mais le prix compte aussi.
    -> reconnaitre
* [Donc deux raisons : les coupures, et le prix. C'est bien ça ? #reformulation:2 #listening:0]
    Oui… mais surtout les coupures, hein. Le prix, c'est venu après.
    (Exact, mais les deux raisons n'ont pas le même poids : ne pas voir que les coupures comptent le plus, c'est risquer de répondre d'abord sur le prix.) # speaker: narrateur
    -> reconnaitre
* [Vous savez, les coupures, ça arrive chez tous les opérateurs. #tone:-2 #objection:-2]
    ~ tension = tension + 2
    Chez tous ? Alors pourquoi mon voisin chez l'autre opérateur n'a rien ?
    -> reconnaitre

=== reconnaitre ===
{ tension >= 5: -> rupture }
* [Je vois vos trois tickets, Monsieur Ferdinand. Je vous présente toutes mes excuses, je suis vraiment désolée, ce n'est pas normal, vous n'auriez jamais dû vivre ça, je comprends votre colère. #tone:1 #listening:1]
    Oui, oui… Et concrètement ?
    (Les excuses sont sincères, mais trop longues : ce client méfiant attend qu'on passe à l'action.) # speaker: narrateur
    -> proposition
* [Je vois trois tickets, mais c'est le service technique, ce n'est pas moi. #tone:-2]
    ~ tension = tension + 1
    Je m'en fiche de qui c'est ! C'est votre entreprise !
    -> proposition
* [Deux mois de coupures et trois appels sans solution : ce n'est pas acceptable. Je vous présente nos excuses. #tone:2 #listening:1]
    ~ tension = tension - 1
    Bon. Au moins vous le reconnaissez.
    -> proposition

=== proposition ===
{ tension >= 5: -> rupture }
Dans votre outil : intervention prioritaire possible demain, et un geste d'un mois offert autorisé pour ce cas. Aucun autre geste n'est autorisé ; les formules du catalogue restent possibles. # speaker: narrateur
* [Un technicien demain, en priorité, pour régler la cause des coupures. #solution:2]
    Hmm. Deux mois de gêne, et rien pour ça ? Et le prix ? L'autre est à 10 euros de moins.
    (Régler la cause est l'essentiel. Mais un geste autorisé existe pour ce cas : le proposer reconnaît les deux mois de gêne.) # speaker: narrateur
    -> prix
* [Je vous propose un technicien demain, en priorité, pour régler la cause des coupures, et un mois d'abonnement offert pour la gêne. #solution:3 #argumentation:1]
    ~ tension = tension - 1
    Hmm. Et le prix ? L'autre est à 10 euros de moins.
    -> prix
* [Je vous propose un technicien demain, en priorité, et un mois offert. Et si les coupures continuent, je vous promets que vous pourrez résilier sans aucun frais. #solution:2 #argumentation:1 #compliance:-3]
    ~ promesse = 1
    ~ tension = tension - 1
    Sans frais, c'est promis ? Je le note. Et le prix ? L'autre est à 10 euros de moins.
    (Cette promesse ne fait pas partie des offres autorisées : vous ne pouvez pas l'accorder. Si les coupures reviennent, le client se sentira trompé.) # speaker: narrateur
    -> prix
* [Je vous offre six mois gratuits si vous restez ! #compliance:-3 #argumentation:-1]
    Six mois ? Vous pouvez vraiment faire ça ? Je veux un écrit.
    (Ce geste n'est pas autorisé. Il sera refusé, et M. Ferdinand se sentira trompé.) # speaker: narrateur
    ~ tension = tension + 2
    -> prix
* [Je lance la résiliation, comme vous voulez. #solution:-1 #discovery:-1]
    -> depart

=== prix ===
{ tension >= 5: -> rupture }
* [Comparons. Votre offre comprend le bouquet TV que vous regardez, et la remise fidélité. Le devis que vous avez, il comprend la TV ? Et ce prix dure combien de temps ? #objection:2 #argumentation:2]
    ~ tension = tension - 1
    Attendez… Non, pas de bouquet. Et le prix, c'est pour un an. Bon. On essaie avec le technicien. Mais si demain rien ne change, je pars.
    -> conclusion_garde
* [Je comprends, le prix compte. Je regarde si une formule moins chère existe pour vous… Il y a la formule sans bouquet TV, à 8 euros de moins, mais vous perdriez les chaînes que vous regardez. #objection:1 #argumentation:1]
    Sans la télé ? Non… Bon. On essaie avec le technicien. Mais si demain rien ne change, je pars.
    (Chercher une formule moins chère est honnête. Mais comparer d'abord, avec lui, ce que contient son offre et ce que contient le devis répond mieux à l'objection, sans rien dire du concurrent.) # speaker: narrateur
    -> conclusion_garde
* [Personne n'est moins cher que nous, c'est impossible. #objection:-3 #tone:-1]
    ~ tension = tension + 2
    Vous me prenez pour un idiot ? J'ai le devis sous les yeux.
    -> decision

=== decision ===
{ tension >= 5: -> rupture }
Bon. Je maintiens ma résiliation. # speaker: client
-> depart

=== depart ===
* [C'est noté, la résiliation est lancée. Vous recevrez un e-mail avec toutes les étapes. Merci pour ces six années, Monsieur Ferdinand. #closing:1 #compliance:1 #tone:1]
    Bon. Et la box, j'en fais quoi ?
    (Poli et juste, mais le client doit encore deviner la suite : la date de fin, les frais, la box. Dites l'essentiel de vive voix.) # speaker: narrateur
    -> fin_depart
* [Vous allez le regretter, vous savez. #tone:-3 #closing:-2]
    ~ tension = tension + 2
    -> rupture
* [Je respecte votre choix, Monsieur Ferdinand. Le contrat s'arrête à la date prévue, sans autres frais que ceux du contrat. Vous rendez la box au point relais. Je vous confirme tout par e-mail. Merci pour ces six années. #closing:2 #compliance:2 #tone:1]
    Merci. Au moins c'est clair.
    -> fin_depart

=== conclusion_garde ===
* [Merci de nous laisser une chance, Monsieur Ferdinand. Le technicien passe demain matin, et vous recevez le récapitulatif par e-mail. #closing:2 #tone:1]
    (Bien, mais sans rappel après l'intervention : si le problème revient, il le découvrira seul, un soir, et partira.) # speaker: narrateur
    -> fin_garde
* [C'est noté : technicien demain de 8 h à 12 h, un mois offert. Je vous envoie le récapitulatif par e-mail et je vous rappelle après-demain pour vérifier. #closing:3 #reformulation:1]
    -> fin_garde
* [Voilà, vous restez, merci. #closing:-1]
    -> fin_garde

=== rupture ===
Ça suffit. Je raccroche, je vous envoie un recommandé, et je raconte tout sur les réseaux. # speaker: client
-> fin_rupture

=== fin_garde ===
{ promesse == 1: Client gardé pour l'instant, sur une promesse que l'entreprise ne tiendra pas : « résilier sans frais » n'était pas une offre autorisée. Au premier raté, il se sentira trompé. | { tension <= 1: Client gardé : le vrai problème est pris en charge et M. Ferdinand se sent respecté. Il faudra tenir chaque promesse. | Client gardé pour l'instant, mais encore tendu. Le moindre raté demain le fera partir. } } # speaker: narrateur
-> END

=== fin_depart ===
Client parti, mais proprement. La raison du départ est codée ; la porte reste ouverte pour un retour. # speaker: narrateur
-> END

=== fin_rupture ===
Appel perdu : le client part fâché, avec une réclamation et un avis négatif en perspective. Obstacles, dénigrement ou promesses non autorisées font monter la tension jusqu'à la rupture. # speaker: narrateur
-> END
