VAR patience = 3
M. Lubin, de Capesterre-Belle-Eau, appelle. Il télétravaille et n'a plus internet depuis ce matin. # speaker: narrateur
-> accueil

=== accueil ===
* [Bonjour, Karu Fibre assistance, Maëlle à votre écoute. Pour accéder à votre dossier, pouvez-vous me donner votre numéro client, puis votre code postal ? #greeting:2 #compliance:2]
    Bonjour. Numéro 77 30 19, code postal 97130. Je n'ai plus internet, et je travaille de chez moi !
    -> symptome
* [Oui, c'est pour quoi ? #greeting:-2 #tone:-1]
    ~ patience = patience - 1
    C'est pour une panne, évidemment. Je n'ai plus internet depuis ce matin.
    -> symptome

=== symptome ===
* [Je comprends, c'est gênant quand on travaille. Est-ce que la panne touche tous vos appareils, ou un seul ? #discovery:2 #listening:1]
    Tous. L'ordinateur, le téléphone en wifi, tout.
    -> voyants
* [Avez-vous essayé de redémarrer ? #discovery:0]
    Oui, deux fois. Ça n'a rien changé.
    -> voyants

=== voyants ===
* [D'accord. Sur l'avant de la box, le voyant marqué « Internet », de quelle couleur est-il ? #discovery:2 #solution:1]
    Rouge. Il clignote.
    -> test
* [C'est sûrement votre ordinateur qui a un problème. #discovery:-2 #tone:-1]
    ~ patience = patience - 1
    Mais je viens de vous dire que rien ne marche, même le téléphone !
    -> test

=== test ===
Pour tester la ligne à distance, il vous faut environ trois minutes. # speaker: narrateur
* [Je vais tester votre ligne depuis mon poste. Puis-je vous mettre en attente trois minutes ? #compliance:1 #tone:1]
    Allez-y.
    -> attente
* [Je teste sans rien dire pendant trois minutes. #tone:-2]
    ~ patience = patience - 1
    Allô ? Allô ? Il y a quelqu'un ?
    -> attente

=== attente ===
Le test montre une coupure de signal sur la fibre, côté rue. Ce n'est pas réglable à distance. # speaker: narrateur
* [Merci de votre patience, Monsieur Lubin. Le test montre une coupure sur la fibre, à l'extérieur de chez vous. Ce n'est pas votre matériel. Il faut l'intervention d'un technicien. #reformulation:1 #solution:2]
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
* [J'ouvre un dossier prioritaire pour nos techniciens, référence T-4821. Un technicien vous appellera sous 48 h pour fixer un rendez-vous. En attendant, vous pouvez utiliser le partage de connexion de votre mobile. #solution:2 #closing:1]
    -> cloture
* [Le technicien passera ce soir, c'est promis. #solution:-2 #compliance:-1]
    D'accord… je compte sur vous alors.
    (Le délai réel est de 48 h. La promesse ne sera pas tenue : le client rappellera, fâché.) # speaker: narrateur
    ~ patience = patience - 1
    -> cloture

=== cloture ===
* [Je récapitule : coupure de la fibre dans la rue, dossier T-4821, appel d'un technicien sous 48 h. Puis-je faire autre chose pour vous ? #closing:2 #reformulation:1]
    Non, c'est clair. Merci.
    -> fin
* [Voilà. Au revoir. #closing:-1]
    -> fin

=== fin ===
{ patience >= 2: M. Lubin raccroche. Il n'est pas ravi, mais il sait ce qui se passe et quand. | M. Lubin raccroche énervé. Il n'a pas confiance et risque de rappeler ou de résilier. } # speaker: narrateur
-> END
