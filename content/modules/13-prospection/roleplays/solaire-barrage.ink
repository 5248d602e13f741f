VAR confiance = 1
VAR interdit = 0
Mardi, 10 h 15. Appel entre entreprises : vous appelez le standard de la société Deravin Froid, climatisation et froid commercial, zone de Jarry en Guadeloupe. Objectif : un rendez-vous pour une étude de panneaux solaires sur ses locaux. # speaker: narrateur
(Vous appelez une entreprise, à son numéro professionnel, pour ses locaux. Le même appel chez un particulier serait interdit : le démarchage téléphonique pour la rénovation énergétique d'un logement l'est depuis 2020, même avec son accord.) # speaker: narrateur
Deravin Froid, bonjour, Sabine à l'appareil. # speaker: client
-> barrage

=== barrage ===
* [Bonjour Sabine, Marc Édouard, de Soley Karayib. Je souhaite parler à M. Deravin au sujet de la facture d'électricité de vos locaux. Est-il disponible ? #greeting:2 #compliance:0]
    C'est à quel sujet exactement ? Vous vendez quelque chose ?
    (Poli et vrai, mais flou : sans dire qu'il s'agit d'une proposition commerciale, on semble cacher le motif, et l'assistante se méfie.) # speaker: narrateur
    -> objection_standard
* [Bonjour Sabine, Marc Édouard, de Soley Karayib. J'appelle pour proposer à M. Deravin une étude solaire de vos locaux. Est-il là ? #greeting:2 #compliance:1]
    C'est un appel commercial, donc. Il en reçoit beaucoup, vous savez.
    -> objection_standard
* [Passez-moi le patron, c'est personnel. #compliance:-3 #tone:-2]
    ~ confiance = confiance - 1
    Personnel ? Vous êtes qui ? Je ne passe pas les appels sans savoir.
    -> objection_standard

=== objection_standard ===
* [Je comprends. Avec vos chambres froides, l'électricité pèse lourd. Quel est le meilleur moment pour lui parler deux minutes ? #objection:2 #argumentation:1]
    ~ confiance = confiance + 1
    C'est vrai que la facture, il en parle tout le temps… Attendez, je vais voir s'il peut vous prendre.
    -> decideur
* [Je comprends tout à fait, Sabine. Nous aidons les entreprises de la zone de Jarry à réduire leur facture d'électricité grâce au solaire. Pourriez-vous lui transmettre mon nom et mon numéro ? #objection:1 #argumentation:1]
    Je lui laisse le message… Ah, attendez, il sort de son bureau. Je vous le passe.
    (L'argument est bon, mais laisser un message remet tout entre les mains des autres. Demander le meilleur moment garde l'initiative.) # speaker: narrateur
    -> decideur
* [Dites-lui que c'est urgent, il doit absolument me rappeler. #objection:-2 #tone:-1]
    ~ confiance = confiance - 1
    Je vais lui laisser un message. Au revoir.
    -> fin_barrage

=== decideur ===
Oui, Deravin. J'ai cinq minutes, pas plus. # speaker: client
* [Merci, Monsieur Deravin. Marc Édouard, de Soley Karayib, à Baie-Mahault. Je vous appelle pour vous proposer une étude solaire de vos locaux : gratuite, une heure, chiffrée sur vos factures. Je peux vous proposer jeudi ou vendredi ? #greeting:1 #argumentation:2 #closing:-1]
    Doucement. Vous ne savez même pas si ça m'intéresse.
    (Accroche claire, mais proposer le rendez-vous avant une seule question le fait paraître forcé : le gérant veut d'abord être compris.) # speaker: narrateur
    -> qualification
* [Bonjour, je vais vous présenter nos panneaux solaires, ce sont les meilleurs du marché, garantis 25 ans, avec onduleurs dernière génération… #argumentation:-2 #listening:-1]
    ~ confiance = confiance - 1
    Stop, stop. Je n'ai pas le temps pour un catalogue. Qu'est-ce que vous voulez ?
    -> qualification
* [Merci, Monsieur Deravin. Marc Édouard, Soley Karayib, Baie-Mahault. Je vous appelle pour vous proposer une étude solaire. Quelle part représente l'électricité dans vos charges ? #greeting:1 #argumentation:2 #discovery:1]
    Une grosse part. Plus de 4 000 euros par mois, avec les chambres froides.
    -> qualification

=== qualification ===
* [Vous êtes propriétaire des locaux ? #discovery:1]
    Oui. Enfin, avec mon associée, Mme Lof : c'est elle qui tient les comptes.
    (Bonne question, mais il manque la seconde : qui décide ? Sans Mme Lof au rendez-vous, rien ne sera signé.) # speaker: narrateur
    -> maison
* [Vous êtes propriétaire des locaux ? Et qui décide avec vous ? #discovery:2]
    Propriétaire. Je décide avec mon associée, Mme Lof.
    -> maison
* [Donc je vous mets un rendez-vous demain ? #discovery:-2 #closing:-1]
    ~ confiance = confiance - 1
    Doucement. Je ne sais même pas si c'est possible chez nous. Et je ne décide pas seul : il y a mon associée, Mme Lof.
    -> maison

=== maison ===
Au fait, j'ai une maison au Gosier, avec un grand toit. Vous pouvez la regarder aussi, tant que votre conseiller passe ? # speaker: client
* [Pour votre maison, je n'ai pas le droit de vous démarcher : c'est interdit pour les particuliers. Vous pourrez nous appeler vous-même. Restons sur vos locaux. #compliance:3]
    Ah bon ? C'est sérieux, vous. D'accord, restons sur l'entreprise.
    ~ confiance = confiance + 1
    -> projet
* [Aujourd'hui, j'appelle pour l'entreprise seulement. Restons sur vos locaux, si vous voulez bien. #compliance:2]
    Bon. Comme vous voulez.
    (Correct : vous n'avez rien vendu pour la maison. Mais dire pourquoi, c'est-à-dire la loi, aide le client à repérer les arnaques qui démarchent les particuliers.) # speaker: narrateur
    -> projet
* [Bien sûr ! Notre conseiller regardera aussi votre maison le même jour, c'est encore plus rentable pour un particulier avec les aides de l'État. #compliance:-3 #argumentation:1]
    ~ interdit = 1
    Parfait, ça m'arrange.
    (Vous venez de démarcher un particulier pour des travaux d'énergie chez lui : c'est interdit, même s'il est d'accord.) # speaker: narrateur
    -> projet

=== projet ===
* [Nos clients de Jarry dans le froid économisent souvent beaucoup. Mais pour vous, je ne peux rien promettre avant d'avoir vu vos factures. #argumentation:1 #compliance:1]
    D'accord, vous êtes honnête. On en parle depuis l'an dernier, justement.
    (Honnête, mais c'est une affirmation : une question sur son projet et son délai en apprend plus.) # speaker: narrateur
    -> objection_doc
* [C'est rentable à coup sûr, vous allez économiser 50 %. #argumentation:-2 #compliance:-2]
    ~ confiance = confiance - 1
    50 % ? Tout le monde dit ça. Vous n'avez même pas vu mes factures.
    -> objection_doc
* [Avez-vous déjà pensé à des travaux sur l'énergie ? Dans quel délai ? #discovery:2 #listening:1]
    On en parle depuis l'an dernier. Si c'est rentable, on pourrait faire ça avant la fin de l'année.
    -> objection_doc

=== objection_doc ===
{ confiance <= 0:
    Écoutez, envoyez-moi une documentation, je regarderai. # speaker: client
}
{ confiance > 0:
    Bon. Ça m'intéresse, mais je ne veux pas perdre une demi-journée. # speaker: client
}
* [Je comprends. Je vous envoie une courte présentation par e-mail aujourd'hui, et je vous rappelle jeudi à 10 h pour fixer l'étude, si elle vous intéresse. #objection:1 #closing:1]
    ~ confiance = confiance + 1
    Jeudi 10 h, d'accord… Non, attendez, autant fixer tout de suite. Vendredi 14 h, ça irait ?
    (Un rappel à date précise est une vraie suite. Mais quand le client hésite sur le temps, répondre à son objection et proposer deux créneaux conclut plus vite.) # speaker: narrateur
    -> choix_creneau
* [L'étude est gratuite et dure une heure, sur vos vraies factures, avec Mme Lof. Jeudi 16 à 9 h, ou vendredi 17 à 14 h ? #objection:2 #closing:2]
    ~ confiance = confiance + 1
    -> choix_creneau
* [Très bien, je vous envoie une brochure et je vous rappelle. #objection:-1 #closing:-1]
    -> fin_doc

=== choix_creneau ===
{ confiance >= 2: Vendredi 14 h, Mme Lof sera là. # speaker: client | Bon… vendredi 14 h, mais une heure, pas plus. # speaker: client }
* [C'est noté : vendredi 17 à 14 h. Je vous envoie la confirmation par e-mail. #closing:2 #reformulation:0]
    g.deravin arobase deravinfroid point g p. Et qui vient, au fait ?
    (La confirmation écrite est bien. Mais sans relire qui vient, où, et quoi préparer, le rendez-vous risque de tomber sans Mme Lof ni facture.) # speaker: narrateur
    -> fin_rdv
* [Super, c'est noté, à vendredi ! #closing:0 #reformulation:-1]
    -> fin_rdv
* [Je récapitule : M. Lautric, vendredi 17 à 14 h, à Jarry, avec vous et Mme Lof. Prévoyez une facture récente. Votre e-mail pour la confirmation ? #closing:2 #reformulation:2]
    g.deravin arobase deravinfroid point g p. Merci, à vendredi.
    -> fin_rdv

=== fin_barrage ===
Le message ne sera sans doute jamais transmis : le barrage est resté fermé. Le mensonge ou la pression braquent l'assistante. # speaker: narrateur
-> END

=== fin_doc ===
Une brochure part par e-mail. Sans rendez-vous ni date de rappel, les chances de concrétiser sont faibles. # speaker: narrateur
-> END

=== fin_rdv ===
{ interdit == 1: Rendez-vous obtenu, mais il prévoit aussi une visite de la maison de M. Deravin : démarcher un particulier pour des travaux d'énergie est interdit. Ce rendez-vous-là doit être annulé. | Rendez-vous obtenu avec l'entreprise. Il reste à envoyer la confirmation écrite et à le noter dans l'agenda et le CRM. } # speaker: narrateur
-> END
