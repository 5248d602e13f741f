Bilan initial. Vous êtes conseiller au service clients d'une compagnie d'eau de Martinique. Le téléphone sonne. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour, Eaux du Nord Caraïbe, service clients, je vous écoute. #greeting:2 #tone:1]
    Bonjour. C'est M. Gustave. Mon compteur d'eau tourne alors que tout est fermé chez moi.
    -> identite
* [Allô, oui ? #greeting:-1]
    Euh, bonjour… C'est bien le service de l'eau ? C'est M. Gustave, mon compteur tourne alors que tout est fermé.
    -> identite

=== identite ===
* [Je vais regarder cela avec vous, Monsieur Gustave. Pouvez-vous me donner votre numéro de contrat, puis votre code postal ? #compliance:2]
    Contrat 30 118, code postal 97230.
    -> decouverte
* [Ah, c'est sûrement une fuite. Il faut appeler un plombier. #discovery:-1 #solution:-1]
    Un plombier ? Mais où ? Et vous ne regardez même pas mon dossier ?
    -> decouverte

=== decouverte ===
* [Depuis quand avez-vous remarqué que le compteur tourne ? #discovery:2 #listening:1]
    Depuis ce matin. J'ai tout fermé, les robinets, la machine. Il tourne quand même.
    -> reformulation
* [Vous êtes sûr d'avoir bien tout fermé ? #discovery:0 #tone:-1]
    Oui, je suis sûr. Je ne suis pas idiot.
    -> reformulation

=== reformulation ===
* [Si je comprends bien, depuis ce matin, votre compteur tourne alors que tout est fermé chez vous. C'est bien cela ? #reformulation:2 #listening:1]
    Oui, c'est exactement ça.
    -> conclusion
* [D'accord. #reformulation:0]
    -> conclusion

=== conclusion ===
* [Il s'agit probablement d'une fuite après le compteur. Je vous envoie par SMS la marche à suivre, et j'ouvre un dossier pour qu'un technicien vérifie le compteur sous 48 h. Puis-je faire autre chose pour vous ? #solution:2 #closing:2]
    Non, merci beaucoup. Bonne journée.
    -> fin
* [Bon, rappelez si ça continue. Au revoir. #solution:-1 #closing:-1]
    Euh… d'accord. Au revoir.
    -> fin

=== fin ===
Fin du jeu de rôle. Votre formateur en parlera avec vous pendant l'entretien. # speaker: narrateur
-> END
