VAR concret = 0
Salle d'examen. Entraînement à l'entretien final : vous êtes le candidat, face à deux membres du jury. Les questions ressemblent à celles d'un vrai jury ; la durée et l'ordre de l'épreuve ne sont pas reproduits. # speaker: narrateur
Bonjour. Pour commencer, présentez-vous, et dites-nous pourquoi ce métier. # speaker: client
-> presentation

=== presentation ===
* [J'ai été vendeur sur un marché à Pointe-à-Pitre. J'aime convaincre et aider : ce métier fait les deux. #greeting:2 #argumentation:2]
    ~ concret = concret + 1
    Vendeur sur un marché ? Qu'est-ce que ça vous a appris pour le téléphone ?
    Qu'un client qui hésite a une question. Il faut la trouver. # speaker: conseiller
    -> exemple
* [Je suis quelqu'un de très motivé, sérieux et dynamique. J'aime beaucoup le contact humain, et je pense que ce métier est fait pour moi depuis toujours. #greeting:1 #argumentation:0 #tone:1]
    Tout le monde nous dit ça. Qu'est-ce qui le montre, chez vous ?
    (Sympathique, mais des adjectifs ne prouvent rien : un fait de votre parcours convainc davantage.) # speaker: narrateur
    -> exemple
* [Parce qu'il y avait cette formation. #greeting:0 #argumentation:-2]
    C'est tout ? Ça ne nous dit pas pourquoi vous.
    -> exemple

=== exemple ===
Parlez-nous d'un exemple de votre Dossier Professionnel. # speaker: client
* [Un recouvrement : une cliente sans emploi. J'ai vérifié son identité, trouvé la cause, proposé quatre échéances et confirmé par écrit. #argumentation:2 #reformulation:1]
    ~ concret = concret + 1
    Et si elle avait refusé les quatre échéances ?
    J'aurais demandé l'accord de mon responsable, sans rien promettre. # speaker: conseiller
    -> difficulte
* [J'ai fait énormément d'appels de recouvrement pendant la formation, et franchement, ça s'est toujours très bien passé, les clients étaient contents de moi. #argumentation:0 #tone:1]
    Toujours bien ? Racontez-nous un appel précis.
    (Positif, mais sans un seul fait : le jury ne peut rien évaluer. Situation, action, résultat.) # speaker: narrateur
    -> difficulte
* [Je ne me souviens plus, c'est écrit dans le dossier. #argumentation:-2]
    Le dossier, c'est vous qui l'avez écrit. Nous voulons l'entendre de vous.
    -> difficulte

=== difficulte ===
Qu'est-ce qui a été le plus difficile, pour vous ? # speaker: client
* [Les clients en colère. Au début, je le prenais pour moi. J'ai appris à laisser parler, puis à reprendre les faits. #listening:2 #tone:1]
    ~ concret = concret + 1
    C'est honnête. Et maintenant, ça va mieux ?
    -> technique
* [Rien de spécial, franchement. Tout s'est bien passé, j'ai trouvé la formation plutôt facile dans l'ensemble. #tone:0 #argumentation:-1]
    Rien du tout ? C'est rare.
    (Vouloir paraître solide, c'est normal. Mais le jury attend une vraie difficulté et ce que vous en avez appris.) # speaker: narrateur
    -> technique
* [Les formateurs : ils ne m'aidaient pas. #tone:-2]
    Hum. Et vous, qu'avez-vous fait pour progresser ?
    -> technique

=== technique ===
Une question technique. Un particulier vous demande comment vous avez eu son numéro, et s'il a donné son accord. Que faites-vous ? # speaker: client
* [Je lui dis d'où vient son numéro et je vérifie son accord. Sans son accord préalable, on ne l'appelle pas, sauf s'il est client sous contrat : c'est la loi depuis août 2026. #compliance:3]
    ~ concret = concret + 1
    Et s'il veut savoir tout ce que vous avez sur lui ?
    C'est son droit d'accès : je lui explique comment faire sa demande. # speaker: conseiller
    -> projet
* [Je m'excuse pour le dérangement, je le retire du fichier tout de suite, et je termine l'appel poliment, sans insister. #compliance:1 #tone:1]
    Poli. Mais vous n'avez pas répondu à sa question.
    (Respectueux, mais il a demandé d'où vient son numéro et s'il a consenti : il a le droit de le savoir.) # speaker: narrateur
    -> projet
* [Je lui dis qu'il n'est pas inscrit sur Bloctel, donc qu'on a le droit. #compliance:-3]
    Bloctel ? Vous êtes sûr que c'est encore la règle ?
    (Bloctel a pris fin le 11 août 2026. Aujourd'hui, il faut l'accord préalable du particulier.) # speaker: narrateur
    -> projet

=== projet ===
Et après la formation, quel est votre projet ? # speaker: client
* [D'abord téléconseiller en campagnes sortantes. Plus tard, superviseur. Je travaille encore l'écrit, mon point faible. #argumentation:2 #closing:1]
    ~ concret = concret + 1
    Vous connaissez votre point faible, c'est bien.
    -> question
* [Je ne sais pas encore, on verra bien ce qui se présente. #argumentation:-1]
    On verra… Vous n'avez pas une idée, même petite ?
    -> question
* [Diriger un grand centre d'appels, très vite, dans un an ou deux : je sais que j'en suis capable, j'ai l'esprit d'un chef. #argumentation:0 #tone:0]
    Dans un an ? Sans avoir été téléconseiller ?
    (L'ambition est une qualité, mais un projet sans étape paraît irréaliste : le jury veut voir un chemin.) # speaker: narrateur
    -> question

=== question ===
Avez-vous une question pour nous ? # speaker: client
* [Oui : d'après vous, qu'est-ce que je dois le plus travailler ? #closing:2 #listening:1]
    Bonne question. Nous en parlerons si le règlement le permet. Merci.
    -> fin
* [Non, merci, c'est tout. Merci beaucoup de votre écoute et de votre temps, madame, monsieur. Bonne journée à vous. #closing:1 #tone:1]
    Merci à vous.
    (Poli, mais une vraie question montre que vous voulez progresser.) # speaker: narrateur
    -> fin
* [Est-ce que j'ai réussi ? #closing:-1]
    Nous ne pouvons pas vous le dire maintenant. La décision vient après.
    -> fin

=== fin ===
{ concret >= 4: Bilan : des réponses courtes, appuyées sur des faits, une règle juste et un projet réaliste. C'est ce qu'un jury retient. | Bilan : le jury a entendu de la bonne volonté, mais pas assez de faits. Reprenez vos exemples du DP : situation, action, résultat. } # speaker: narrateur
-> END
