VAR patience = 3
M. Lubin, de Capesterre-Belle-Eau, appelle. Il télétravaille et n'a plus internet depuis ce matin. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour, Karu Fibre assistance, Maëlle à votre écoute. Je suis désolée pour ce souci, dites-moi tout, je vous écoute : que se passe-t-il avec votre connexion ? #greeting:2 #listening:1 #compliance:-1]
    Plus d'internet depuis ce matin, et je travaille de chez moi ! Vous avez besoin de mon numéro client ?
    (Accueil chaleureux, mais sans identification on ne peut pas ouvrir le dossier : il faudra revenir en arrière.) # speaker: narrateur
    -> symptome
* [Karu Fibre assistance, Maëlle, bonjour. Votre numéro client, puis votre code postal, s'il vous plaît ? #greeting:2 #compliance:2]
    Bonjour. Numéro 77 30 19, code postal 97130. Je n'ai plus internet, et je travaille de chez moi !
    -> symptome
* [Oui, c'est pour quoi ? #greeting:-2 #tone:-1]
    ~ patience = patience - 1
    C'est pour une panne, évidemment. Je n'ai plus internet depuis ce matin.
    -> symptome

=== symptome ===
* [C'est gênant pour travailler, je comprends. La panne touche tous vos appareils, ou un seul ? #discovery:2 #listening:1]
    Tous. L'ordinateur, le téléphone en wifi, tout.
    -> voyants
* [Avez-vous redémarré la box ? #discovery:1]
    Oui, deux fois. Ça n'a rien changé. Et ça ne marche sur aucun appareil.
    (Question utile, mais fermée : une question plus large, tous les appareils ou un seul, en apprend plus d'un coup.) # speaker: narrateur
    -> voyants
* [Alors, pour commencer, il faut débrancher la box, attendre trente secondes, la rebrancher, attendre que tous les voyants soient allumés, puis essayer à nouveau sur votre ordinateur. #discovery:-1 #listening:-1]
    ~ patience = patience - 1
    Je l'ai déjà fait deux fois ! Vous ne m'avez même pas demandé ce que j'avais essayé.
    -> voyants

=== voyants ===
* [Pouvez-vous me décrire tous les voyants de votre box, un par un, de gauche à droite, avec leur couleur, et me dire s'ils clignotent ou non ? #discovery:1 #solution:1]
    Euh… le premier vert, le deuxième vert, le troisième… rouge, il clignote, le quatrième éteint…
    ~ patience = patience - 1
    (Complet, mais long : le seul voyant qui compte ici est celui marqué « Internet ».) # speaker: narrateur
    -> test
* [C'est sûrement votre ordinateur qui a un problème. #discovery:-2 #tone:-1]
    ~ patience = patience - 1
    Mais je viens de vous dire que rien ne marche, même le téléphone !
    -> test
* [Sur l'avant de la box, le voyant « Internet » : quelle couleur ? #discovery:2 #solution:1]
    Rouge. Il clignote.
    -> test

=== test ===
Pour tester la ligne à distance, il vous faut environ trois minutes. # speaker: narrateur
* [Je teste votre ligne d'ici. Je reste en ligne avec vous pendant les trois minutes, pour vous dire ce que je vois au fur et à mesure. #tone:1]
    Bon… d'accord.
    (Rester en ligne se défend, mais trois minutes de commentaires fatiguent un client pressé. L'attente annoncée et acceptée est plus claire.) # speaker: narrateur
    -> attente
* [Je teste votre ligne d'ici. Je vous mets en attente trois minutes, d'accord ? #compliance:1 #tone:1]
    Allez-y.
    -> attente
* [Je teste sans rien dire pendant trois minutes. #tone:-2]
    ~ patience = patience - 1
    Allô ? Allô ? Il y a quelqu'un ?
    -> attente

=== attente ===
Le test montre une coupure de signal sur la fibre, côté rue. Ce n'est pas réglable à distance. # speaker: narrateur
* [Merci d'avoir patienté, Monsieur Lubin. La fibre est coupée dans la rue, pas chez vous : il faut un technicien. #reformulation:1 #solution:2]
    -> ticket
* [Merci d'avoir patienté. Le test montre une perte de signal optique en amont du point de branchement : c'est une intervention réseau. #solution:2 #tone:-1]
    Une perte de quoi ? Ça veut dire quoi pour moi ?
    (Exact, mais en jargon : le client veut savoir si c'est chez lui et qui va réparer.) # speaker: narrateur
    -> ticket
* [Ça vient de chez vous, il faut rappeler demain. #solution:-3 #tone:-1]
    ~ patience = patience - 2
    -> ticket

=== ticket ===
{ patience <= 1:
    Ça fait vingt minutes que je suis au téléphone pour rien ! Je vais résilier, je vous préviens. # speaker: client
}
{ patience > 1:
    Bon. Et je fais comment pour travailler, moi ? # speaker: client
}
* [J'ouvre un dossier, référence T-4821. Un technicien vous appellera sous 48 h. #solution:1 #closing:1]
    Et d'ici là ? Je perds ma journée de travail.
    (Le délai est honnête, mais rien n'est proposé pour la gêne du télétravail.) # speaker: narrateur
    -> cloture
* [Le technicien passera ce soir, c'est promis. #solution:-2 #compliance:-1]
    D'accord… je compte sur vous alors.
    (Le délai réel est de 48 h. La promesse ne sera pas tenue : le client rappellera, fâché.) # speaker: narrateur
    ~ patience = patience - 1
    -> cloture
* [J'ouvre un dossier prioritaire, référence T-4821. Un technicien vous appelle sous 48 h pour fixer le rendez-vous. D'ici là, le partage de connexion de votre mobile peut vous dépanner. #solution:2 #closing:1]
    -> cloture

=== cloture ===
* [Vous recevez tout de suite un SMS avec la référence du dossier. Bonne journée, Monsieur Lubin. #closing:1 #tone:1]
    D'accord, merci.
    (Le SMS aide, mais un récapitulatif à voix haute permet au client de vérifier tout de suite.) # speaker: narrateur
    -> fin
* [Je récapitule : coupure dans la rue, dossier T-4821, appel du technicien sous 48 h. Autre chose pour vous ? #closing:2 #reformulation:1]
    Non, c'est clair. Merci.
    -> fin
* [Voilà. Au revoir. #closing:-1]
    -> fin

=== fin ===
{ patience >= 2: M. Lubin raccroche. Il n'est pas ravi, mais il sait ce qui se passe et quand. | M. Lubin raccroche énervé. Il n'a pas confiance et risque de rappeler ou de résilier. } # speaker: narrateur
-> END
