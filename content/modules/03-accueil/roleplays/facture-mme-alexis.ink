VAR perdue = 0
VAR bloque = 0
La ligne sonne. Au bout du fil, une dame âgée de Sainte-Marie. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour et bienvenue chez Madinina Télécom, votre service client, je m'appelle Kevin et je suis là pour répondre à toutes vos questions, que puis-je faire pour vous aujourd'hui ? #greeting:1 #tone:1]
    Pardon ? Vous parlez vite, mon fils… C'est Madame Alexis. C'est pour ma facture, elle est plus chère.
    (Accueil aimable, mais trop long : une personne qui entend mal perd le fil dès la première phrase.) # speaker: narrateur
    -> identification
* [Madinina Télécom, bonjour. Kevin à votre écoute. #greeting:2 #tone:1]
    Bonjour monsieur. C'est Madame Alexis. J'ai reçu ma facture et je ne comprends pas pourquoi elle est plus chère.
    -> identification
* [Oui, allô ? #greeting:-2]
    Euh… Bonjour ? C'est bien le téléphone ? Je suis Madame Alexis… c'est pour ma facture.
    ~ perdue = perdue + 1
    -> identification

=== identification ===
* [Je regarde avec vous, Madame Alexis. Pour protéger votre dossier : quelle est votre date de naissance ? #compliance:2 #tone:1]
    Le 3 avril 1941. Et mon numéro client est sur la facture, 55 81 20.
    -> decouverte
* [Date de naissance ? #compliance:2 #tone:-1]
    Ma… date de naissance ? Le 3 avril 1941. Vous êtes bien pressé, vous.
    (La vérification est juste, mais dite sans un mot d'explication, elle sonne comme un interrogatoire.) # speaker: narrateur
    -> decouverte
* [Vous êtes bien Madame Alexis, née le 3 avril 1941, qui habite à Sainte-Marie, au quartier Morne des Esses ? #compliance:-2]
    Oui, oui, c'est ça !
    (Vous avez donné vous-même les informations. N'importe qui aurait pu dire oui.) # speaker: narrateur
    -> decouverte

=== decouverte ===
* [Je regarde tout de suite le détail de votre facture, ligne par ligne, pour voir ce qui a changé ce mois-ci. #discovery:1 #solution:1]
    D'accord… Moi je paie trente-deux euros d'habitude, vous savez.
    (Chercher dans l'outil est utile, mais la question à la cliente donne d'abord le point de comparaison et la fait participer.) # speaker: narrateur
    -> explication
* [C'est sûrement une erreur de votre part. #tone:-2 #discovery:-1]
    De ma part ? Mais je n'ai rien fait, moi ! Je suis restée chez moi tout le mois.
    ~ perdue = perdue + 1
    -> explication
* [D'habitude, vous payez combien ? #discovery:2 #listening:1]
    Trente-deux euros. Toujours trente-deux euros. Là c'est quarante-huit.
    -> explication

=== explication ===
Je vois sur la fiche : seize euros d'appels vers un numéro de renseignements payant, le 14 du mois. # speaker: narrateur
* [Le 14, vous avez appelé un numéro payant. C'est 16 euros. #solution:2]
    Moi ? Ah… peut-être, pour la pharmacie. Mais je ne savais pas que c'était payant.
    (L'information est exacte, mais dite comme un reproche. Une question laisse la cliente retrouver l'appel elle-même.) # speaker: narrateur
    -> comprehension
* [Je vois un appel payant de 16 euros, le 14. Vous souvenez-vous de cet appel ? #solution:2 #reformulation:1]
    Ah ! Oui… j'ai cherché le numéro de ma pharmacie. Ils m'ont passée à quelqu'un, ça a duré longtemps…
    -> comprehension
* [Il s'agit d'un surcoût lié à un appel vers un numéro à valeur ajoutée, hors forfait, facturé à la durée selon le tarif de l'éditeur du service. #tone:-1 #solution:0]
    Hors… quoi ? Je ne comprends pas ce que vous dites.
    ~ perdue = perdue + 1
    -> comprehension

=== comprehension ===
{ perdue >= 2:
    Vous savez, je suis un peu perdue là. Je vais peut-être demander à mon fils de rappeler… # speaker: client
}
* [Ces numéros se paient à la minute. Pour votre pharmacie, je vous donne son numéro normal, compris dans votre forfait. C'est clair pour vous ? #solution:2 #listening:1 #tone:1]
    Oui, là je comprends. Merci. Donnez-moi le numéro, je l'écris.
    -> conseil
* [Je vous explique tout : les numéros qui commencent par 08 ou par quatre chiffres ont un prix fixé par le service appelé, il s'ajoute à votre forfait, il peut aller jusqu'à trois euros la minute, et il apparaît à part sur la facture. #solution:1 #tone:0]
    Oh là là… Ça fait beaucoup de choses. Mais pour ma pharmacie, je fais comment ?
    ~ perdue = perdue + 1
    (Tout est vrai, mais c'est trop d'un coup : une idée à la fois, puis vérifier qu'elle a compris.) # speaker: narrateur
    -> conseil
* [Voilà, c'est tout, c'est normal. #solution:-2 #closing:-1]
    Bon… si vous le dites. Mais je ne suis pas plus avancée.
    -> fin_moyenne

=== conseil ===
* [Je vous dicte le numéro de la pharmacie, lentement : zéro cinq, quatre-vingt-seize… #solution:1 #listening:1]
    Merci, je l'ai écrit.
    (Bien dicté. Mais sans le blocage, le même piège peut revenir le mois prochain.) # speaker: narrateur
    -> cloture
* [Passez à notre forfait illimité à 39 euros : plus jamais de surprise. #argumentation:-2 #compliance:-2]
    Trente-neuf euros ? Mais je paie trente-deux… Non, non, je ne veux pas payer plus.
    ~ perdue = perdue + 1
    -> cloture
* [Je vous le dicte lentement : zéro cinq, quatre-vingt-seize… Je peux aussi bloquer les numéros payants sur votre ligne, sans frais. Voulez-vous ? #solution:2 #compliance:1]
    ~ bloque = 1
    Oh oui, c'est une bonne idée. Comme ça, je ne me fais plus avoir.
    -> cloture

=== cloture ===
* [Y a-t-il autre chose pour vous, Madame Alexis ? Bonne journée. #closing:1 #tone:1]
    Non, merci. Au revoir, monsieur.
    (Poli, mais sans résumé : à son âge, un récapitulatif l'aide à se souvenir de ce qui a été fait.) # speaker: narrateur
    -> fin_moyenne
* [Je résume : le supplément vient de l'appel du 14 vers un numéro payant{bloque == 1:, et ces numéros sont maintenant bloqués sur votre ligne}. Autre chose pour vous, Madame Alexis ? #closing:2 #reformulation:1]
    Non, c'est parfait. Vous avez été bien patient avec moi. Merci beaucoup, monsieur.
    -> fin_bonne
* [Bon, au revoir Madame. #closing:-1]
    Ah… au revoir.
    -> fin_moyenne

=== fin_bonne ===
Madame Alexis raccroche rassurée. Elle a compris sa facture et sait quoi faire. # speaker: narrateur
-> END

=== fin_moyenne ===
{ perdue >= 2: Madame Alexis raccroche inquiète. Elle rappellera sans doute demain, avec son fils. | Madame Alexis raccroche, sans être sûre d'avoir tout compris. } # speaker: narrateur
-> END
