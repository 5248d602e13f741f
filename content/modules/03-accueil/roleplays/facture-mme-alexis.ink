VAR perdue = 0
La ligne sonne. Au bout du fil, une dame âgée de Sainte-Marie. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour, Madinina Télécom, service client, Kevin à votre écoute. #greeting:2 #tone:1]
    Bonjour monsieur. C'est Madame Alexis. J'ai reçu ma facture et je ne comprends pas pourquoi elle est plus chère.
    -> identification
* [Oui, allô ? #greeting:-2]
    Euh… Bonjour ? C'est bien le téléphone ? Je suis Madame Alexis… c'est pour ma facture.
    ~ perdue = perdue + 1
    -> identification
* [Service client, j'écoute. #greeting:0]
    Bonjour. Madame Alexis. C'est pour la facture, elle est plus chère ce mois-ci.
    -> identification

=== identification ===
* [Je vais regarder cela avec vous, Madame Alexis. Pour sécuriser votre dossier, quelle est votre date de naissance ? #compliance:2 #tone:1]
    Le 3 avril 1941. Et mon numéro client est sur la facture, 55 81 20.
    -> decouverte
* [Vous êtes bien née le 3 avril 1941 ? #compliance:-2]
    Oui, oui, c'est ça !
    (Vous avez donné vous-même l'information. N'importe qui aurait pu dire oui.) # speaker: narrateur
    -> decouverte
* [Votre facture fait 48 euros, c'est normal. #compliance:-3 #discovery:-1]
    Comment vous savez, vous ne m'avez même pas demandé qui j'étais ? Bon… mais pourquoi 48 euros ?
    ~ perdue = perdue + 1
    -> decouverte

=== decouverte ===
* [D'habitude, combien payez-vous, Madame Alexis ? #discovery:2 #listening:1]
    Trente-deux euros. Toujours trente-deux euros. Là c'est quarante-huit.
    -> explication
* [C'est sûrement une erreur de votre part. #tone:-2 #discovery:-1]
    De ma part ? Mais je n'ai rien fait, moi ! Je suis restée chez moi tout le mois.
    ~ perdue = perdue + 1
    -> explication

=== explication ===
Je vois sur la fiche : seize euros d'appels vers un numéro de renseignements payant, le 14 du mois. # speaker: narrateur
* [Je vois un appel vers un numéro spécial à 16 euros. Vous souvenez-vous avoir appelé un numéro pour un renseignement, le 14 ? #solution:2 #reformulation:1]
    Ah ! Oui… j'ai cherché le numéro de ma pharmacie. Ils m'ont passée à quelqu'un, ça a duré longtemps…
    -> comprehension
* [C'est un surcoût lié à un numéro surtaxé hors forfait, facturé au temps passé. #tone:-1 #solution:0]
    Hors… quoi ? Je ne comprends pas ce que vous dites.
    ~ perdue = perdue + 1
    -> comprehension

=== comprehension ===
{ perdue >= 2:
    Vous savez, je suis un peu perdue là. Je vais peut-être demander à mon fils de rappeler… # speaker: client
}
* [Je vous explique simplement : ces numéros sont payants à la minute. Pour votre pharmacie, je peux vous donner son numéro normal, gratuit avec votre forfait. Est-ce que c'est clair pour vous ? #solution:2 #listening:1 #tone:1]
    Oui, là je comprends. Merci. Donnez-moi le numéro, je l'écris.
    -> conseil
* [Voilà, c'est tout, c'est normal. #solution:-2 #closing:-1]
    Bon… si vous le dites. Mais je ne suis pas plus avancée.
    -> fin_moyenne

=== conseil ===
* [Je vous le dicte lentement, par deux chiffres : zéro cinq, quatre-vingt-seize… Je peux aussi bloquer ces numéros payants sur votre ligne, sans frais. Souhaitez-vous que je le fasse ? #solution:2 #compliance:1]
    Oh oui, c'est une bonne idée. Comme ça, je ne me fais plus avoir.
    -> cloture
* [Je peux aussi vous proposer notre forfait illimité à 39 euros, vous ne paierez plus jamais de surprise. #argumentation:-2 #compliance:-2]
    Trente-neuf euros ? Mais je paie trente-deux… Non, non, je ne veux pas payer plus.
    ~ perdue = perdue + 1
    -> cloture

=== cloture ===
* [Je résume : le supplément vient de l'appel du 14, j'ai bloqué les numéros payants, et je vous ai donné le numéro de la pharmacie. Y a-t-il autre chose que je puisse faire pour vous, Madame Alexis ? #closing:2 #reformulation:1]
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
