VAR tension = 2
M. Ferdinand, Sainte-Anne (Guadeloupe), client box internet et TV depuis 6 ans, appelle le service clients. # speaker: narrateur
Bonjour. Je veux résilier. Tout de suite. Et ne me faites pas votre baratin. # speaker: client
-> accueil

=== accueil ===
* [Bonjour Monsieur Ferdinand, Laura, à votre écoute. J'entends votre demande et je vais m'en occuper. Puis-je vous demander ce qui motive votre décision ? #greeting:1 #discovery:2 #tone:1]
    Ce qui la motive ? Deux mois que la télé coupe tous les soirs ! Trois appels, rien n'a bougé. Et j'ai vu moins cher ailleurs.
    -> raison
* [Résilier ? Mais pourquoi ? Vous êtes bien chez nous, non ? #discovery:-1 #tone:-1]
    ~ tension = tension + 1
    Bien ? Deux mois que la télé coupe tous les soirs ! Vous ne lisez pas les dossiers ?
    -> raison
* [Pour résilier, il faut envoyer un courrier recommandé. Je ne peux rien faire au téléphone. #compliance:-3 #solution:-2]
    ~ tension = tension + 2
    C'est faux, je me suis renseigné ! Vous essayez de me décourager ? Je vais écrire à l'association de consommateurs.
    -> raison

=== raison ===
{ tension >= 5: -> rupture }
* [Si je comprends bien, ce sont surtout ces coupures tous les soirs depuis deux mois, sans solution malgré trois appels, qui vous font partir. C'est bien ça ? #reformulation:3 #listening:1]
    ~ tension = tension - 1
    Oui. Si ça marchait, je ne serais pas parti. Mais le prix compte aussi.
    -> reconnaitre
* [Vous savez, les coupures, ça arrive chez tous les opérateurs. #tone:-2 #objection:-2]
    ~ tension = tension + 2
    Chez tous ? Alors pourquoi mon voisin chez l'autre opérateur n'a rien ?
    -> reconnaitre

=== reconnaitre ===
{ tension >= 5: -> rupture }
* [Deux mois de coupures et trois appels sans solution, ce n'est pas acceptable. Je vous présente nos excuses. #tone:2 #listening:1]
    ~ tension = tension - 1
    Bon. Au moins vous le reconnaissez.
    -> proposition
* [Je vois trois tickets, mais c'est le service technique, ce n'est pas moi. #tone:-2]
    ~ tension = tension + 1
    Je m'en fiche de qui c'est ! C'est votre entreprise !
    -> proposition

=== proposition ===
{ tension >= 5: -> rupture }
Dans votre outil : intervention prioritaire possible demain, et un geste d'un mois offert autorisé pour ce cas. # speaker: narrateur
* [Je vous propose deux choses : un technicien dès demain, en priorité, pour régler la cause des coupures, et un mois d'abonnement offert pour la gêne. Et je note que si les coupures continuent, vous pourrez résilier sans frais. #solution:3 #argumentation:1 #compliance:1]
    ~ tension = tension - 1
    Hmm. Et le prix ? L'autre est à 10 euros de moins.
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
* [Je comprends. Votre offre actuelle comprend le bouquet TV que vous regardez et votre ancienneté vous donne la remise fidélité ; ailleurs, les 10 euros de moins sont souvent sans bouquet et pour un an seulement. Je peux aussi vérifier si une formule mieux adaptée existe pour vous. #objection:2 #argumentation:2]
    ~ tension = tension - 1
    D'accord. On essaie avec le technicien. Mais si demain rien ne change, je pars.
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
* [Je respecte votre choix, Monsieur Ferdinand. Votre contrat s'arrêtera à la date prévue, sans frais supplémentaires au-delà de ceux du contrat ; vous rendrez la box au point relais. Je vous confirme tout par e-mail. Merci pour ces six années. #closing:2 #compliance:2 #tone:1]
    Merci. Au moins c'est clair.
    -> fin_depart
* [Vous allez le regretter, vous savez. #tone:-3 #closing:-2]
    ~ tension = tension + 2
    -> rupture

=== conclusion_garde ===
* [C'est noté : technicien demain entre 8 h et 12 h, un mois offert, résiliation sans frais possible si les coupures continuent. Je vous envoie le récapitulatif par e-mail et je vous rappelle après-demain pour vérifier. #closing:3 #reformulation:1]
    -> fin_garde
* [Voilà, vous restez, merci. #closing:-1]
    -> fin_garde

=== rupture ===
Ça suffit. Je raccroche, je vous envoie un recommandé, et je raconte tout sur les réseaux. # speaker: client
-> fin_rupture

=== fin_garde ===
{ tension <= 1: Client gardé : le vrai problème est pris en charge et M. Ferdinand se sent respecté. Il faudra tenir chaque promesse. | Client gardé pour l'instant, mais encore tendu. Le moindre raté demain le fera partir. } # speaker: narrateur
-> END

=== fin_depart ===
Client parti, mais proprement. La raison du départ est codée ; la porte reste ouverte pour un retour. # speaker: narrateur
-> END

=== fin_rupture ===
Appel perdu : le client part fâché, avec une réclamation et un avis négatif en perspective. Obstacles, dénigrement ou promesses non autorisées font monter la tension jusqu'à la rupture. # speaker: narrateur
-> END
