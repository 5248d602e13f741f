VAR attente = 0
VAR fuite = 0
Deux fenêtres de chat s'ouvrent presque en même temps. À gauche, Mme Pierre-Justin : commande de chaussures non reçue. À droite, M. Labeau : code de connexion perdu. # speaker: narrateur
Bonjour, j'ai commandé il y a dix jours et je n'ai toujours rien reçu. # speaker: client
-> ouverture

=== ouverture ===
(Nouveau message de M. Labeau : « Bonjour ? Il y a quelqu'un ? ») # speaker: narrateur
* [Chat 1 : Bonjour Madame Pierre-Justin, je suis vraiment désolée pour ce retard, je comprends que ce soit pénible d'attendre dix jours, je vais tout faire pour retrouver votre colis. Chat 2 : Bonjour Monsieur Labeau, un instant. #greeting:2 #tone:1 #discovery:-1]
    Mme Pierre-Justin : Merci… Vous voulez le numéro de commande ? C'est le 40 7731. # speaker: client
    M. Labeau : Ok. # speaker: client
    (Chaleureux, mais la cliente a dû deviner ce qu'il fallait donner. Sur un chat, une question précise fait gagner un échange.) # speaker: narrateur
    -> recherche
* [Chat 1 : Bonjour Madame Pierre-Justin, votre numéro de commande, s'il vous plaît ? Chat 2 : Bonjour Monsieur Labeau, je suis à vous dans un instant. #greeting:2 #discovery:1]
    Mme Pierre-Justin : Oui, c'est la commande 40 7731. # speaker: client
    M. Labeau : Ok, merci. # speaker: client
    -> recherche
* [Je réponds d'abord complètement à Mme Pierre-Justin, et je laisse M. Labeau sans réponse. #greeting:1 #tone:-1]
    Mme Pierre-Justin : C'est la commande 40 7731. # speaker: client
    M. Labeau : Allô ?? Personne ne répond ici ? # speaker: client
    ~ attente = attente + 1
    -> recherche

=== recherche ===
Dans l'outil, la commande 40 7731 est bloquée au dépôt de Baie-Mahault : adresse incomplète, il manque le numéro de rue. # speaker: narrateur
* [Chat 1 : Votre colis attend au dépôt de Baie-Mahault : il manque le numéro de rue. Quel est-il ? Chat 2 : Monsieur Labeau, je vous envoie un lien pour changer votre code, sur l'e-mail de votre compte. #solution:2 #compliance:1]
    Mme Pierre-Justin : Ah ! C'est le 12, rue des Flamboyants. # speaker: client
    M. Labeau : Reçu, merci ! # speaker: client
    -> confusion
* [Chat 1 : Votre colis attend au dépôt : il manque le numéro de rue. Quel est-il ? Chat 2 : Monsieur Labeau, pour votre code, je dois d'abord vérifier votre identité : quelle est votre date de naissance et l'adresse e-mail de votre compte ? #solution:1 #compliance:1]
    Mme Pierre-Justin : C'est le 12, rue des Flamboyants. # speaker: client
    M. Labeau : Le 2 juin 1990, labeau.j arobase… Et après ? # speaker: client
    ~ attente = attente + 1
    (Prudent, mais plus long : le lien envoyé sur l'e-mail du compte suffit, car seul le titulaire le reçoit.) # speaker: narrateur
    -> confusion
* [Chat 1 : Je vérifie, je reviens dans une minute. Chat 2 : je donne un nouveau code à M. Labeau directement dans le chat. #solution:0 #compliance:-2]
    M. Labeau : Super, le code c'est 8812 ? Merci. # speaker: client
    (Un code envoyé en clair dans le chat, sans vérifier l'identité : la procédure n'est pas respectée.) # speaker: narrateur
    Mme Pierre-Justin : Alors, cette minute ? # speaker: client
    ~ attente = attente + 1
    -> confusion

=== confusion ===
Les deux fenêtres clignotent. Vous devez envoyer la confirmation d'adresse à Mme Pierre-Justin. # speaker: narrateur
* [Je vérifie le nom, puis : « C'est noté, merci Madame ! » #compliance:2 #tone:1 #reformulation:-1]
    Mme Pierre-Justin : Vous avez bien noté le 12, pas le 2 ? # speaker: client
    (Bonne fenêtre, ton aimable, mais l'adresse n'est pas relue : la cliente doit s'en assurer elle-même.) # speaker: narrateur
    -> cloture
* [J'envoie vite la confirmation dans la fenêtre active, sans vérifier. #compliance:-3]
    ~ fuite = 1
    M. Labeau : Pourquoi vous m'envoyez l'adresse d'une dame, 12 rue des Flamboyants ? Ce n'est pas moi ! # speaker: client
    -> rattrapage
* [Je vérifie le nom en haut de la fenêtre, puis : « Madame Pierre-Justin, je confirme : 12, rue des Flamboyants. » #compliance:2 #reformulation:1]
    Mme Pierre-Justin : Parfait, c'est bien ça. # speaker: client
    -> cloture

=== rattrapage ===
* [Désolée, Monsieur Labeau, ce message n'était pas pour vous : merci de l'effacer. #tone:2 #compliance:0]
    M. Labeau : Ok, c'est effacé. # speaker: client
    (Des excuses parfaites, mais l'erreur n'est pas signalée : le responsable doit le savoir pour décider s'il faut la déclarer.) # speaker: narrateur
    -> cloture
* [Monsieur Labeau, excusez-moi, ce message ne vous était pas destiné. Merci de ne pas en tenir compte. Je signale l'erreur à mon responsable. #tone:1 #compliance:2]
    M. Labeau : Bon, d'accord… Ça fait pas sérieux quand même. # speaker: client
    (Une erreur d'envoi de données personnelles se signale au responsable : c'est la procédure.) # speaker: narrateur
    -> cloture
* [Je ne dis rien et je renvoie le message dans l'autre fenêtre. #compliance:-2 #tone:-1]
    M. Labeau : Vous ne répondez pas ? Je vais faire une capture d'écran. # speaker: client
    ~ attente = attente + 1
    -> cloture

=== cloture ===
{ attente >= 2: Mme Pierre-Justin : J'ai attendu longtemps pour une simple adresse. # speaker: client }
* [Chat 1 : Livraison sous 48 h. Autre chose pour vous ? Chat 2 : Avez-vous pu vous reconnecter, Monsieur Labeau ? #closing:2 #solution:1]
    -> fin
* [Chat 1 et chat 2 : Merci beaucoup d'avoir contacté notre service, nous vous souhaitons une excellente journée et restons à votre disposition pour toute autre question. #closing:1 #tone:1 #solution:-1]
    (Poli, mais le même message copié partout ne dit rien du délai et ne vérifie pas que la connexion marche.) # speaker: narrateur
    -> fin
* [Je ferme les deux fenêtres sans message. #closing:-2]
    -> fin

=== fin ===
{ fuite == 1: Bilan : une donnée personnelle est partie au mauvais client. En vrai, c'est un incident à signaler en interne. | { attente >= 2: Bilan : les deux problèmes sont réglés, mais les clients ont trop attendu. | Bilan : deux clients servis, chacun s'est senti suivi. } } # speaker: narrateur
-> END
