VAR consulte_fiche = false
VAR consulte_brief_suivi = false
VAR rate = 0
VAR rdv = 0
VAR vente = 0
VAR utilise = 0
Mardi 1er décembre, 10 h 30. Campagne de suivi après livraison pour Kaz Ménager, magasin d'électroménager du Lamentin (Martinique). Vous appelez les clients livrés la semaine dernière. La fiche client et le brief de la campagne sont à côté du dialogue. # speaker: narrateur
Allô ? Oui ? # speaker: client
-> ouverture

=== ouverture ===
{ consulte_fiche:
    (La fiche dit : Mme Gisèle Siméon, Le François, lave-linge 8 kg livré et installé le mardi 24 novembre.) # speaker: narrateur
}
* [Bonjour, je parle bien à Madame Siméon ? Kévin, pour Kaz Ménager. J'appelle au sujet du lave-linge livré mardi dernier, pour vérifier que tout va bien. Vous avez deux minutes ? #greeting:2 #compliance:2]
    Oui, c'est moi. Deux minutes, d'accord.
    -> fonctionnement
* [Bonjour Madame Siméon ! C'est Kévin, de chez Kaz Ménager, le magasin du Lamentin. Comment allez-vous aujourd'hui ? J'espère que vous êtes contente de votre nouvelle machine ! #greeting:2 #compliance:0]
    Euh… bonjour. Oui, ça va. C'est pour quoi, exactement ?
    (Chaleureux, mais la personne n'est pas vérifiée, le but de l'appel reste flou, et vous n'avez pas demandé si le moment convient. Un appel inconnu inquiète vite.) # speaker: narrateur
    C'est pour la machine ? Bon, allez-y. # speaker: client
    -> fonctionnement
* [Bonjour, Kaz Ménager. C'est pour une petite enquête, ça prend deux secondes. #greeting:0 #compliance:-1]
    Deux secondes ? Bon… C'est pour la machine à laver ?
    (Un suivi n'est pas une enquête, et il ne dure pas deux secondes : dire le vrai but et la vraie durée, c'est respecter la cliente.) # speaker: narrateur
    -> fonctionnement

=== fonctionnement ===
Oui, oui, tout va bien… Les livreurs étaient gentils. # speaker: client
* [Tant mieux. Et la machine fonctionne-t-elle bien depuis la livraison, Madame Siméon ? #discovery:1 #compliance:1]
    Oui… enfin, il y a un peu d'eau par terre après chaque lavage. Mais ce n'est rien, j'ai mis une serviette.
    (La question du brief, posée telle quelle : c'est bien. Mais une question fermée appelle un « oui » poli, et la cliente a failli ne rien dire. Une question ouverte sur chaque lavage la fait parler plus vite.) # speaker: narrateur
    -> diagnostic
* [Tant mieux. Et à chaque lavage, ça se passe comment ? #discovery:2 #listening:1]
    Ben… maintenant que vous le dites, il y a un peu d'eau par terre après chaque lavage. J'ai mis une serviette.
    -> diagnostic
* [Parfait, je note « satisfaite ». Merci et bonne journée ! #discovery:-2 #closing:-1]
    ~ rate = 1
    Ah… bon. Au revoir.
    -> fin_manque

=== diagnostic ===
Ce n'est pas grave, hein. Je ne veux pas vous déranger pour ça. # speaker: client
* [Vous avez très bien fait de me le dire, Madame Siméon. Je vous ouvre tout de suite un ticket pour qu'un technicien passe chez vous. #solution:1 #tone:1]
    Ah… d'accord. Mais c'est grave ?
    (Rapide et rassurant, mais sans une ou deux questions, le ticket dira seulement « fuite » : le technicien ne saura pas quoi apporter. D'abord : d'où sort l'eau, et depuis quand ?) # speaker: narrateur
    C'est par derrière, près du tuyau gris. Depuis le premier lavage. # speaker: client
    -> securite
* [Vous ne me dérangez pas, j'appelle pour ça. L'eau sort d'où, et depuis quand ? #discovery:2 #listening:1 #tone:1]
    Par derrière, près du tuyau gris. Depuis le premier lavage.
    -> securite
* [Un peu d'eau, c'est normal avec une machine neuve, ça va se tasser. #solution:-2 #discovery:-1]
    ~ rate = 2
    Ah bon ? Si vous le dites…
    -> fin_manque

=== securite ===
{ consulte_brief_suivi:
    (Le brief dit : fuite d'eau = ticket prioritaire ; conseiller de ne pas lancer la machine avant le passage ; créneaux du technicien jeudi 3 de 8 h à 12 h, ou vendredi 4 de 13 h à 17 h.) # speaker: narrateur
}
* { consulte_brief_suivi } [Ne lancez plus la machine d'ici là. Le technicien peut passer jeudi matin ou vendredi après-midi : lequel vous arrange ? #solution:2 #closing:1]
    ~ rdv = 1
    Jeudi matin. Mon fils sera là.
    -> garantie
* [J'ouvre un ticket prioritaire pour nos techniciens : ils vous rappellent sous 48 h pour fixer leur passage. D'ici là, évitez de lancer la machine. #solution:2]
    D'accord. Je ne décroche pas toujours, vous savez.
    (Juste et honnête. Mais le brief donnait deux créneaux : fixer le passage tout de suite évite un appel de plus à une cliente qui décroche peu.) # speaker: narrateur
    -> garantie
* [Vous pouvez continuer à l'utiliser avec la serviette, ce n'est pas bien méchant. Le technicien passera quand il pourra. #solution:-2 #tone:-1]
    ~ utilise = 1
    Bon… Et quand, à peu près ?
    (Laisser une fuite couler abîme le sol, et « quand il pourra » ne donne aucun repère. Le brief demande de ne plus lancer la machine et d'ouvrir un ticket prioritaire.) # speaker: narrateur
    -> garantie

=== garantie ===
Votre écran propose aussi l'« extension de garantie 3 ans » de Kaz Ménager, à 59 euros. # speaker: narrateur
Et la réparation, c'est moi qui vais la payer ? # speaker: client
{ consulte_fiche:
    (La fiche dit : garantie du magasin 2 ans, pièces et main-d'œuvre, jusqu'au 24 novembre 2028.) # speaker: narrateur
}
* { consulte_fiche } [Non : elle est garantie deux ans par le magasin, jusqu'en 2028. Cette réparation ne vous coûte rien. #solution:2 #listening:1]
    Ah, tant mieux. J'avais peur pour ça.
    -> note
* [Je ne veux pas vous dire une chose fausse : je le vérifie et je l'écris dans le ticket. Le technicien vous le confirmera. #solution:1 #compliance:1]
    Bon. Vous me direz, alors.
    (Honnête : on ne promet pas ce qu'on ne sait pas. Mais la fiche donnait la réponse, une garantie jusqu'en 2028. L'ouvrir aurait rassuré la cliente tout de suite.) # speaker: narrateur
    -> note
* [Justement : avec notre extension de garantie 3 ans à 59 euros, vous seriez tranquille pour longtemps. Je vous l'ajoute tout de suite ? #compliance:-3 #argumentation:-1]
    ~ vente = 1
    Encore payer ? La machine fuit déjà, et vous me vendez quelque chose ?
    (Un appel de suivi n'est pas un appel de vente. Proposer une offre à une cliente qui signale un problème, c'est lui dire que son problème ne compte pas. Et sa machine neuve est déjà garantie.) # speaker: narrateur
    -> note

=== note ===
Dernière question du brief : la note de la livraison et de l'installation, de 1 à 5. # speaker: narrateur
Je mets 3. Les livreurs étaient gentils, mais ils ont fait vite. # speaker: client
* [Merci, je note 3. #listening:1 #compliance:1]
    (Neutre et correct. Mais elle a donné une raison : notée avec ses mots, elle aide Kaz Ménager à corriger ses installations. Ce n'est pas une enquête d'institut : ici, on garde ce que dit la cliente.) # speaker: narrateur
    -> cloture
* [Merci, je note 3, avec vos mots : « gentils, mais ils ont fait vite ». Kaz Ménager le saura. #listening:2 #reformulation:1]
    C'est bien. Qu'ils fassent attention, pour les autres.
    -> cloture
* [Seulement 3 ? Les livreurs ont pourtant l'habitude, vous savez. #tone:-2 #listening:-1]
    Je dis ce que je pense, c'est vous qui demandez.
    -> cloture

=== cloture ===
* { rdv == 1 } [Je récapitule : ticket 5531, technicien jeudi 3 de 8 h à 12 h, sans frais. Pas de lavage d'ici là. Un SMS vous le confirme. #closing:2 #reformulation:1]
    Jeudi matin, pas de lavage d'ici là. C'est noté, merci.
    -> fin
* { rdv == 0 } [Je récapitule : ticket 5531, un technicien vous appelle sous 48 h, sans frais. Pas de lavage d'ici là. Un SMS vous donne le numéro. #closing:2 #reformulation:1]
    D'accord. J'attends l'appel.
    -> fin
* [Merci beaucoup pour votre temps, Madame Siméon, et encore désolé pour ce souci ! On s'occupe de tout, ne vous inquiétez surtout pas. Bonne journée ! #closing:0 #tone:1]
    Merci… Mais je ne sais plus quand il vient, le technicien.
    (Chaleureux, mais sans numéro de ticket ni date : si le technicien tarde, la cliente ne saura pas quoi dire en rappelant.) # speaker: narrateur
    -> fin

=== fin_manque ===
{ rate == 1: Bilan : l'appel est codé « satisfaite », mais la machine fuit à chaque lavage. La cliente n'a pas osé le dire, et personne ne lui a posé la question. | Bilan : la fuite a été minimisée. Rien n'est ouvert, et la cliente continue à laver sur une serviette. } # speaker: narrateur
Dix jours plus tard, le sol est abîmé. Mme Siméon appelle le magasin, fâchée. Le suivi devait trouver ce problème : c'est une réclamation qui n'a pas été évitée. # speaker: narrateur
-> END

=== fin ===
Code résultat : « problème détecté, ticket ouvert ». # speaker: narrateur
{ vente == 1: Bilan : la fuite est traitée, mais la vente proposée pendant le suivi a abîmé la confiance de la cliente. | { rdv == 1: Bilan : problème trouvé, passage du technicien fixé, cliente rassurée. Le suivi a évité une réclamation. | Bilan : problème trouvé et ticket prioritaire ouvert. Il reste à tenir le rappel sous 48 h. } } # speaker: narrateur
{ utilise == 1: Et vous aviez dit de continuer à laver sur une fuite : si la cliente ne l'entend pas au récapitulatif, son sol s'abîme d'ici le passage. # speaker: narrateur }
{ not consulte_brief_suivi: Vous n'avez pas ouvert le brief : il donnait la conduite à tenir pour une fuite et les créneaux du technicien. # speaker: narrateur }
{ not consulte_fiche: Vous n'avez pas ouvert la fiche : elle disait que la machine est garantie jusqu'en 2028. # speaker: narrateur }
-> END
