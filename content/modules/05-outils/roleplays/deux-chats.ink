VAR attente = 0
VAR fuite = 0
Deux fenêtres de chat s'ouvrent presque en même temps. À gauche, Mme Pierre-Justin : commande de chaussures non reçue. À droite, M. Labeau : code de connexion perdu. # speaker: narrateur
Bonjour, j'ai commandé il y a dix jours et je n'ai toujours rien reçu. # speaker: client
-> ouverture

=== ouverture ===
(Nouveau message de M. Labeau : « Bonjour ? Il y a quelqu'un ? ») # speaker: narrateur
* [Chat 1 : Bonjour Madame Pierre-Justin, je regarde cela tout de suite. Pouvez-vous me donner votre numéro de commande ? Chat 2 : Bonjour Monsieur Labeau, je suis à vous dans un instant. #greeting:2 #discovery:1]
    Mme Pierre-Justin : Oui, c'est la commande 40 7731. # speaker: client
    M. Labeau : Ok, merci. # speaker: client
    -> recherche
* [Je réponds d'abord complètement à Mme Pierre-Justin, et je laisse M. Labeau sans réponse. #greeting:1 #tone:-1]
    Mme Pierre-Justin : C'est la commande 40 7731. # speaker: client
    M. Labeau : Allô ?? Personne ne répond ici ? # speaker: client
    ~ attente = attente + 1
    -> recherche
* [Chat 1 et chat 2 : Bonjour, que puis-je faire pour vous ? (le même message copié dans les deux fenêtres) #greeting:0 #tone:-1]
    Mme Pierre-Justin : Je viens de vous le dire, ma commande n'est pas arrivée ! # speaker: client
    M. Labeau : J'ai perdu mon code pour me connecter. # speaker: client
    -> recherche

=== recherche ===
Dans l'outil, la commande 40 7731 est bloquée au dépôt de Baie-Mahault : adresse incomplète, il manque le numéro de rue. # speaker: narrateur
* [Chat 1 : Je vois votre colis, il est au dépôt de Baie-Mahault. Il manque le numéro de rue dans l'adresse. Pouvez-vous me le donner ? Chat 2 : Monsieur Labeau, pour votre code, je vous envoie un lien de réinitialisation sur l'adresse e-mail de votre compte. #solution:2 #compliance:1]
    Mme Pierre-Justin : Ah ! C'est le 12, rue des Flamboyants. # speaker: client
    M. Labeau : Reçu, merci ! # speaker: client
    -> confusion
* [Chat 1 : Je vérifie, je reviens dans une minute. Puis je traite M. Labeau en lui donnant un nouveau code directement dans le chat. #solution:0 #compliance:-2]
    M. Labeau : Super, le code c'est 8812 ? Merci. # speaker: client
    (Un code envoyé en clair dans le chat, sans vérifier l'identité : la procédure n'est pas respectée.) # speaker: narrateur
    Mme Pierre-Justin : Alors, cette minute ? # speaker: client
    ~ attente = attente + 1
    -> confusion

=== confusion ===
Les deux fenêtres clignotent. Vous devez envoyer la confirmation d'adresse à Mme Pierre-Justin. # speaker: narrateur
* [Je vérifie le nom en haut de la fenêtre avant d'envoyer : « Madame Pierre-Justin, je confirme la livraison au 12, rue des Flamboyants. » #compliance:2 #reformulation:1]
    Mme Pierre-Justin : Parfait, c'est bien ça. # speaker: client
    -> cloture
* [J'envoie vite la confirmation dans la fenêtre active, sans vérifier. #compliance:-3]
    ~ fuite = 1
    M. Labeau : Pourquoi vous m'envoyez l'adresse d'une dame, 12 rue des Flamboyants ? Ce n'est pas moi ! # speaker: client
    -> rattrapage

=== rattrapage ===
* [Monsieur Labeau, je vous prie de m'excuser, ce message ne vous était pas destiné. Merci de ne pas en tenir compte. Je signale l'erreur à mon responsable. #tone:1 #compliance:1]
    M. Labeau : Bon, d'accord… Ça fait pas sérieux quand même. # speaker: client
    (Une erreur d'envoi de données personnelles se signale au responsable : c'est la procédure.) # speaker: narrateur
    -> cloture
* [Je ne dis rien et je renvoie le message dans l'autre fenêtre. #compliance:-2 #tone:-1]
    M. Labeau : Vous ne répondez pas ? Je vais faire une capture d'écran. # speaker: client
    ~ attente = attente + 1
    -> cloture

=== cloture ===
{ attente >= 2: Mme Pierre-Justin : J'ai attendu longtemps pour une simple adresse. # speaker: client }
* [Chat 1 : Votre colis sera livré sous 48 h. Puis-je vous aider pour autre chose ? Chat 2 : Avez-vous pu vous reconnecter, Monsieur Labeau ? Bonne journée à vous deux. #closing:2 #solution:1]
    -> fin
* [Je ferme les deux fenêtres sans message. #closing:-2]
    -> fin

=== fin ===
{ fuite == 1: Bilan : une donnée personnelle est partie au mauvais client. En vrai, c'est un incident à déclarer en interne. | { attente >= 2: Bilan : les deux problèmes sont réglés, mais les clients ont trop attendu. | Bilan : deux clients servis, chacun s'est senti suivi. } } # speaker: narrateur
-> END
