VAR confiance = 1
Examen blanc, CCP 2, appel 1. Appel sortant, mardi 10 h 30, pour Soley Pro, vers une entreprise de Jarry. Campagne entre entreprises : pas de particuliers. # speaker: narrateur
Location Karukéra, bonjour, Coralie à l'appareil. # speaker: client
-> standard

=== standard ===
* [Bonjour, Nicolas, de Soley Pro. J'appelle M. Bourgeois pour lui proposer une étude gratuite de votre toit pour des panneaux solaires. Pouvez-vous me le passer ? #greeting:2 #compliance:2]
    Une étude ? Je vais voir s'il a deux minutes. Ne quittez pas.
    -> gerant
* [Bonjour Madame, pourriez-vous me passer M. Bourgeois, s'il vous plaît ? C'est personnel, il sait de quoi il s'agit, il attend mon appel ce matin. #greeting:1 #compliance:-2]
    ~ confiance = confiance - 1
    Personnel ? … Bon, je vous le passe.
    (Mentir pour passer le standard se découvre dans la minute qui suit : le gérant commence l'appel méfiant.) # speaker: narrateur
    -> gerant

=== gerant ===
Bourgeois. C'est à quel sujet ? # speaker: client
* [Nicolas, de Soley Pro. Nous équipons les toits d'entreprises en Guadeloupe : 60 depuis 2022. Votre entrepôt a un grand toit : il pourrait baisser votre facture d'électricité. Avez-vous une minute ? #argumentation:2 #greeting:1]
    Une minute, pas plus. Mais le solaire, on m'a déjà fait le coup l'an dernier.
    -> objection
* [Bonjour Monsieur ! Je vous appelle aujourd'hui car Soley Pro, entreprise leader, innovante et engagée pour la planète, propose des solutions photovoltaïques clés en main, avec un accompagnement de A à Z, pour toutes les entreprises qui veulent réduire leurs coûts et leur empreinte carbone… #argumentation:0 #tone:-1]
    ~ confiance = confiance - 1
    Stop, stop. Je n'ai pas le temps pour un discours. Et le solaire, on m'a déjà fait le coup l'an dernier.
    (Une accroche trop longue, centrée sur Soley Pro et pas sur l'entreprise : le gérant décroche au bout de cinq secondes.) # speaker: narrateur
    -> objection

=== objection ===
{ confiance <= -1: -> refus }
* [Je vous assure que chez Soley Pro, ce n'est pas du tout pareil : nous sommes une entreprise sérieuse, et nos clients sont satisfaits. #objection:-1 #listening:-1]
    ~ confiance = confiance - 1
    C'est ce qu'ils disaient aussi.
    -> qualification
* [Je comprends votre méfiance. Qu'est-ce qui s'est mal passé l'an dernier ? #listening:2 #objection:2]
    ~ confiance = confiance + 1
    Un devis énorme, et ils voulaient une signature le jour même. J'ai dit non.
    Je comprends. Chez nous, l'étude est gratuite et sans engagement : vous recevez un chiffrage écrit, et vous décidez quand vous voulez. # speaker: conseiller
    -> qualification

=== refus ===
Écoutez, ça ne m'intéresse pas. Au revoir. # speaker: client
(Le gérant raccroche : une entrée peu honnête et une objection balayée ont fermé la porte. À l'examen, la transparence et l'écoute comptent autant que le rendez-vous.) # speaker: narrateur
-> END

=== qualification ===
* [Votre toit fait environ combien de mètres carrés ? Et c'est vous qui décidez de ce genre de travaux ? #discovery:2 #solution:1]
    Environ 800 m². Oui, c'est moi qui décide, avec mon associé.
    -> creneaux
* [Pour voir si c'est rentable pour vous, combien payez-vous d'électricité par mois, à peu près, pour l'entrepôt et les bureaux ? #discovery:1 #tone:0]
    Ça, je ne le donne pas au téléphone.
    (Demander d'abord un chiffre sensible braque le prospect. La taille du toit et qui décide qualifient sans rien exiger.) # speaker: narrateur
    -> creneaux

=== creneaux ===
* [Quand êtes-vous disponible ? #closing:0 #solution:0]
    Je ne sais pas… Rappelez-moi le mois prochain.
    (Une question ouverte sur l'agenda laisse le prospect repousser. Deux créneaux précis facilitent le oui.) # speaker: narrateur
    -> confirmation
* [Le technicien passe 45 minutes sur place. Je vous propose mardi prochain à 9 h, ou jeudi à 14 h ? #closing:2 #solution:2]
    Jeudi 14 h, ça ira. Mon associé sera là.
    -> confirmation

=== confirmation ===
* [Parfait : jeudi 14 h, avec vous et votre associé, dans votre entrepôt de Jarry. Je vous envoie la confirmation par e-mail tout de suite. À quelle adresse ? #closing:2 #reformulation:2]
    s.bourgeois@karukera-location.gp. Merci.
    -> fin
* [C'est noté, au revoir ! #closing:0 #reformulation:-1]
    Attendez… c'est noté pour quand, déjà ?
    (Sans récapitulatif ni confirmation écrite, le rendez-vous risque d'être oublié.) # speaker: narrateur
    -> fin

=== fin ===
{ confiance >= 2: Rendez-vous pris, honnêtement, après avoir écouté la méfiance du gérant : un appel de prospection réussi. | L'appel se termine, mais le gérant reste méfiant : le rendez-vous est fragile. } # speaker: narrateur
-> END
