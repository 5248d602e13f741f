Bilan initial. Vous êtes conseiller au service clients d'une compagnie d'eau de Martinique. Le téléphone sonne. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour et bienvenue au service clients d'Eaux du Nord Caraïbe, merci de votre appel, que puis-je faire pour vous aujourd'hui ? #greeting:2 #tone:0]
    Bonjour… C'est M. Gustave. Mon compteur d'eau tourne alors que tout est fermé chez moi.
* [Eaux du Nord Caraïbe, service clients, bonjour. Je vous écoute. #greeting:2 #tone:1]
    Bonjour. C'est M. Gustave. Mon compteur d'eau tourne alors que tout est fermé chez moi.
    -> identite
* [Allô, oui ? #greeting:-1]
    Euh, bonjour… C'est bien le service de l'eau ? C'est M. Gustave, mon compteur tourne alors que tout est fermé.
- -> identite

=== identite ===
* [Je regarde avec vous, Monsieur Gustave. Votre numéro de contrat, puis votre code postal ? #compliance:2]
    Contrat 30 118, code postal 97230.
    -> decouverte
* [Je regarde avec vous, Monsieur Gustave. Quelle est votre adresse ? #compliance:1]
    Quartier Vert-Pré, au Robert. Vous me trouvez ?
    -> decouverte
* [Ah, c'est sûrement une fuite. Il faut appeler un plombier. #discovery:-1 #solution:-1]
    Un plombier ? Mais où ? Et vous ne regardez même pas mon dossier ?
    -> decouverte

=== decouverte ===
* [Avez-vous bien fermé tous les robinets, la machine à laver, la chasse d'eau et le robinet du jardin ? #discovery:1 #tone:0]
    Oui, tout. Depuis ce matin, il tourne quand même.
* [Vous êtes sûr d'avoir bien tout fermé ? #discovery:0 #tone:-1]
    Oui, je suis sûr. Je ne suis pas idiot.
* [Depuis quand le compteur tourne-t-il ? #discovery:2 #listening:1]
    Depuis ce matin. J'ai tout fermé, les robinets, la machine. Il tourne quand même.
    -> reformulation
- -> reformulation

=== reformulation ===
* [D'accord, un compteur qui tourne. #reformulation:1]
    -> conclusion
* [Si je comprends bien, depuis ce matin, votre compteur tourne alors que tout est fermé. C'est bien cela ? #reformulation:2 #listening:1]
    Oui, c'est exactement ça.
    -> conclusion
* [D'accord. #reformulation:0]
    -> conclusion

=== conclusion ===
* [C'est sans doute une fuite après le compteur. Je vous envoie par SMS la marche à suivre, et un technicien vérifie le compteur sous 48 h. Autre chose ? #solution:2 #closing:2]
    Non, merci beaucoup. Bonne journée.
    -> fin
* [Je vous conseille de couper l'eau au robinet d'arrêt, sous le compteur, puis d'appeler un plombier pour qu'il cherche la fuite chez vous. Au revoir, Monsieur Gustave. #solution:1 #closing:0]
    D'accord… Et si ce n'est pas chez moi ?
    -> fin
* [Bon, rappelez si ça continue. Au revoir. #solution:-1 #closing:-1]
    Euh… d'accord. Au revoir.
    -> fin

=== fin ===
Fin du jeu de rôle. Votre formateur en parlera avec vous pendant l'entretien. # speaker: narrateur
-> END
