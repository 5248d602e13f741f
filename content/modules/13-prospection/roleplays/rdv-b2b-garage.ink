VAR consulte_fiche = false
VAR consulte_guide_appel = false
VAR rdv = 0
Jeudi 3 décembre, 14 h 20. Campagne pour le cabinet Compta Kréyol : vous appelez le Garage Edmond. Le fichier d'appel (la fiche) et le guide de la campagne sont à côté du dialogue. # speaker: narrateur
Garage Edmond, bonjour, Céline à l'appareil. # speaker: client
-> accueil

=== accueil ===
{ consulte_fiche:
    (Le fichier dit : appel le 24 novembre, M. Edmond à l'atelier, rappeler mardi ou jeudi après 14 h.) # speaker: narrateur
}
* { consulte_fiche } [Bonjour Céline, Yannick, de Compta Kréyol. J'appelle M. Edmond pour une proposition commerciale : on m'a dit jeudi après 14 h. #greeting:2 #compliance:1 #listening:1]
    Ah oui, c'est vous, la dernière fois. Il est là, je vous le passe.
    -> decideur
* [Bonjour Madame, je suis Yannick, du cabinet Compta Kréyol, à Fort-de-France. J'appelle pour une proposition commerciale : pourrais-je parler au responsable du garage ? #greeting:2 #compliance:1]
    Le responsable, c'est M. Edmond. Il est à l'atelier… Bon, je vais voir.
    (Honnête et poli, mais le fichier donnait son nom et le bon moment : le dire montre que l'appel est préparé.) # speaker: narrateur
    -> decideur
* [Bonjour, c'est pour M. Edmond, c'est important. #compliance:-2 #greeting:0]
    Important ? C'est à quel sujet ? Vous êtes qui ?
    (Cacher le motif rend l'accueil méfiant.) # speaker: narrateur
    Bon… je vous le passe, mais il n'aime pas ça. # speaker: client
    -> decideur

=== decideur ===
Edmond. J'ai les mains dans un moteur, faites vite. # speaker: client
* [Yannick, de Compta Kréyol, je fais vite. Combien de temps passez-vous sur les fiches de paie, chaque mois ? #argumentation:1 #discovery:2]
    La paie ? C'est ma femme qui la fait, le soir. Une journée par mois, au moins.
    -> qualification
* [Compta Kréyol fait les fiches de paie des garages et des PME de Martinique, pour que vous restiez à l'atelier. Je peux vous en dire plus ? #argumentation:2 #discovery:0]
    Vite, alors. Chez nous, c'est ma femme qui fait la paie. Une journée par mois.
    (Une bonne accroche, mais une question sur son temps l'aurait fait parler tout de suite de son problème.) # speaker: narrateur
    -> qualification
* [Je vais vous présenter notre cabinet : créé en 2009, douze comptables, des logiciels dernier cri… #argumentation:-2 #listening:-1]
    Stop. Je n'ai pas le temps pour une présentation. C'est quoi, le but ?
    -> qualification

=== qualification ===
* { consulte_fiche } [Une journée par mois pour six salariés. Et ce genre de décision, vous la prenez à deux ? #reformulation:2 #discovery:2]
    Oui, avec ma femme. C'est elle qui tient les comptes.
    -> rendez_vous
* [Une journée par mois, c'est beaucoup. Qui décide de ce genre de choses, chez vous ? #reformulation:1 #discovery:2]
    Ma femme et moi. C'est elle qui tient les comptes.
    -> rendez_vous
* [On peut faire ça pour vous. On prend rendez-vous ? #discovery:-1 #closing:-1]
    Doucement. Je ne décide pas ça seul, vous savez.
    (Proposer avant de savoir qui décide : le rendez-vous risque de se faire sans la bonne personne.) # speaker: narrateur
    -> rendez_vous

=== rendez_vous ===
Bon, ça peut m'intéresser… # speaker: client
{ consulte_guide_appel:
    (Le guide donne les créneaux de M. Guiougou : mardi 8 à 9 h, jeudi 10 à 15 h, vendredi 11 à 8 h 30.) # speaker: narrateur
}
* { consulte_guide_appel } [Notre conseiller vient 45 minutes au garage. Mardi 8 à 9 h, ou jeudi 10 à 15 h ? #closing:3]
    ~ rdv = 2
    Jeudi 15 h. Ma femme sera là.
    -> confirmation
* [Notre conseiller peut passer vous voir au garage pour en parler avec vous deux : quand est-ce que vous êtes disponibles, en général ? #closing:1]
    ~ rdv = 1
    Disponible ? Jamais, moi… Bon, un jeudi après-midi, peut-être.
    (Une question ouverte sur l'agenda laisse le client se défiler. Deux créneaux précis, pris dans le guide, l'aident à choisir.) # speaker: narrateur
    -> confirmation
* [Je vous envoie une plaquette et vous nous rappelez si ça vous intéresse ? #closing:-1]
    D'accord, envoyez. Au revoir.
    -> fin_plaquette

=== confirmation ===
* { rdv == 2 } [Je récapitule : jeudi 10 à 15 h, au garage, M. Guiougou avec vous et Mme Edmond. Votre e-mail pour la confirmation ? #closing:2 #reformulation:2]
    garage.edmond arobase orange point fr. Merci.
    -> fin_rdv
* { rdv == 1 } [Je récapitule : un jeudi après-midi, au garage, avec vous et Mme Edmond. Je vous confirme l'heure par e-mail demain. #closing:2 #reformulation:2]
    garage.edmond arobase orange point fr. D'accord.
    -> fin_rdv
* [Super, c'est noté ! Merci beaucoup pour votre temps, Monsieur Edmond, je suis sûr que ce rendez-vous va vous plaire. Bonne fin de journée à l'atelier ! #closing:0 #tone:1]
    Euh… c'est noté quoi, exactement ?
    (Chaleureux, mais rien n'est relu ni confirmé par écrit : un rendez-vous flou est souvent oublié.) # speaker: narrateur
    -> fin_rdv
* [C'est noté pour jeudi. Je vous envoie la confirmation par e-mail. #closing:2]
    D'accord. Et ma femme, elle doit venir ?
    (La confirmation écrite est bien. Mais sans relire qui vient, le rendez-vous peut se faire sans Mme Edmond, qui décide avec lui.) # speaker: narrateur
    -> fin_rdv

=== fin_plaquette ===
Une plaquette part par e-mail. Sans date ni rendez-vous, le dossier retombe au fond de la pile. # speaker: narrateur
-> END

=== fin_rdv ===
{ rdv == 2: Bilan : rendez-vous pris sur un créneau du conseiller, avec les deux décideurs. Il reste à l'inscrire dans l'agenda partagé et à coder l'appel. | Bilan : rendez-vous obtenu, mais sur un « jeudi après-midi » à préciser : il faudra rappeler pour fixer l'heure avec le conseiller. } # speaker: narrateur
{ not consulte_fiche: Vous n'avez pas ouvert le fichier d'appel : il donnait le nom du gérant et l'heure pour le joindre. # speaker: narrateur }
-> END
