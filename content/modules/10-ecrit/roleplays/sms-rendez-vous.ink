VAR fuite = 0
VAR creneau = 0
Jeudi, 11 h 02. Messagerie SMS de Kréol Fibre. Hier, M. Dorval a reçu : « Votre technicien passe vendredi 4 décembre, de 8 h à 12 h. Répondez à ce SMS pour changer. » Le planning a : samedi 5, de 8 h à 12 h ; lundi 7, de 14 h à 18 h. # speaker: narrateur
M. Dorval : jpeu pas demain je travaille. samedi c possible ? # speaker: client
-> premier

=== premier ===
* [« Bonjour Monsieur Dorval, Léa, de Kréol Fibre. Le technicien peut passer samedi 5, de 8 h à 12 h. Cela vous convient ? » #greeting:2 #solution:2]
    M. Dorval : oui samedi ok mais plutot l aprem si possib # speaker: client
    -> apres_midi
* [« Bonjour Monsieur Dorval, bien reçu votre message ! Pas de souci, nous allons trouver un autre jour qui vous arrange. Je regarde les disponibilités et je reviens vers vous très vite. » #greeting:2 #tone:1 #solution:0]
    M. Dorval : ok… et donc ? samedi aprem c possible ? # speaker: client
    (Aimable, mais le client attend la réponse : un créneau proposé tout de suite évite un message de plus.) # speaker: narrateur
    -> apres_midi
* [« ok c noté pr samedi » #tone:-2 #greeting:-1]
    M. Dorval : c qui ? samedi a quelle heure ? l aprem ce serait mieux # speaker: client
    (Sans bonjour ni nom, en abréviations : on ne sait pas qui écrit, ni ce qui est noté.) # speaker: narrateur
    -> apres_midi

=== apres_midi ===
* [« Le samedi, c'est seulement le matin. Sinon, lundi 7, de 14 h à 18 h. Lequel préférez-vous ? » #solution:2]
    ~ creneau = 1
    M. Dorval : lundi 14h-18h alors # speaker: client
    -> wifi
* [« Je suis désolée, mais le samedi après-midi n'est malheureusement pas possible pour nos techniciens. » #solution:0 #tone:1]
    M. Dorval : bon ben quand alors ?? # speaker: client
    (Vrai et poli, mais le refus seul ferme la porte : il faut donner l'autre créneau dans le même message.) # speaker: narrateur
    « Lundi 7, de 14 h à 18 h, c'est possible. » # speaker: conseiller
    ~ creneau = 1
    M. Dorval : ok lundi # speaker: client
    -> wifi
* [« Samedi après-midi, c'est noté ! » #solution:-2 #compliance:-1]
    ~ creneau = 2
    M. Dorval : super merci # speaker: client
    (Le planning n'a pas de samedi après-midi : le technicien ne viendra pas.) # speaker: narrateur
    -> wifi

=== wifi ===
M. Dorval : au fait mon code wifi c koi ? jl ai perdu # speaker: client
* [« Votre code wifi est écrit sous la box, sur l'étiquette « Clé WPA ». Par sécurité, nous ne l'envoyons pas par SMS. » #compliance:2 #solution:1]
    M. Dorval : ah ok je regarde ce soir # speaker: client
    -> confirmation
* [« Le voici : 7F3K-92QX-L8MA. » #compliance:-3 #solution:1]
    ~ fuite = 1
    M. Dorval : merci ! # speaker: client
    (Une clé wifi envoyée par SMS peut être lue par n'importe qui qui a le téléphone : c'est une faille.) # speaker: narrateur
    -> confirmation
* [« Pour votre code wifi, appelez le service client au 0590 82 40 40, du lundi au samedi de 8 h à 19 h. » #compliance:1 #solution:0]
    M. Dorval : pour un code ?? pfff # speaker: client
    (Prudent, mais inutile : le code est sous la box, le client peut le lire lui-même.) # speaker: narrateur
    -> confirmation

=== confirmation ===
* { creneau == 1 } [« C'est noté : lundi 7 décembre, de 14 h à 18 h, au 12 rue des Alamandas. Le technicien vous appelle 30 minutes avant. » #closing:2 #reformulation:2]
    M. Dorval : parfait merci # speaker: client
    -> fin
* [« Parfait, merci beaucoup pour votre réponse rapide, Monsieur Dorval ! C'est tout bon de notre côté. Nous vous souhaitons une excellente journée, et à bientôt ! » #closing:0 #tone:1]
    M. Dorval : ok mais c a quelle heure deja ? # speaker: client
    (Chaleureux, mais la confirmation ne dit ni le jour, ni l'heure, ni l'adresse.) # speaker: narrateur
    -> fin
* [« RDV confirmé. Cdt. » #closing:0 #tone:-1]
    (Sec et en abréviations, sans jour, heure ni adresse : un message professionnel s'écrit en entier.) # speaker: narrateur
    -> fin

=== fin ===
{ creneau == 2: Bilan : un créneau qui n'existe pas a été confirmé. Samedi après-midi, personne ne viendra. | Bilan : le rendez-vous est déplacé sur un créneau réel. }  # speaker: narrateur
{ fuite == 1: Et une clé wifi est partie par SMS : c'est à signaler au responsable. # speaker: narrateur }
-> END
