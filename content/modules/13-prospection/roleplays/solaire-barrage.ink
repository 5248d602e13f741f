VAR confiance = 1
Mardi, 10 h 15. Vous appelez la société Deravin Froid, climatisation et froid commercial, zone de Jarry en Guadeloupe. Objectif : un rendez-vous pour une étude de panneaux solaires. # speaker: narrateur
Deravin Froid, bonjour, Sabine à l'appareil. # speaker: client
-> barrage

=== barrage ===
* [Bonjour Sabine, Marc Édouard, de Soley Karayib. Je souhaite parler à M. Deravin, au sujet de la facture d'électricité de vos locaux. Est-il disponible ? #greeting:2 #argumentation:1]
    C'est à quel sujet exactement ? Il reçoit beaucoup d'appels commerciaux.
    -> objection_standard
* [Passez-moi le patron, c'est personnel. #compliance:-3 #tone:-2]
    ~ confiance = confiance - 1
    Personnel ? Vous êtes qui ? Je ne passe pas les appels sans savoir.
    -> objection_standard

=== objection_standard ===
* [Je comprends. Nous aidons les entreprises de Jarry à baisser leurs factures d'électricité grâce au solaire. Avec vos chambres froides, c'est souvent un poste important. Quel est le meilleur moment pour lui parler deux minutes ? #objection:2 #argumentation:1]
    ~ confiance = confiance + 1
    C'est vrai que la facture, il en parle tout le temps… Attendez, je vais voir s'il peut vous prendre.
    -> decideur
* [Dites-lui que c'est urgent, il doit absolument me rappeler. #objection:-2 #tone:-1]
    ~ confiance = confiance - 1
    Je vais lui laisser un message. Au revoir.
    -> fin_barrage

=== decideur ===
Oui, Deravin. J'ai cinq minutes, pas plus. # speaker: client
* [Bonjour Monsieur Deravin, merci de me prendre. Marc Édouard, de Soley Karayib, à Baie-Mahault. Les entreprises qui font du froid comme vous ont de grosses factures d'électricité, et une grande toiture. Quelle part représente l'électricité dans vos charges aujourd'hui ? #greeting:1 #argumentation:2 #discovery:1]
    Une grosse part. Plus de 4 000 euros par mois, avec les chambres froides.
    -> qualification
* [Bonjour, je vais vous présenter nos panneaux solaires, ce sont les meilleurs du marché, garantis 25 ans, avec onduleurs dernière génération… #argumentation:-2 #listening:-1]
    ~ confiance = confiance - 1
    Stop, stop. Je n'ai pas le temps pour un catalogue. Qu'est-ce que vous voulez ?
    -> qualification

=== qualification ===
* [Vous êtes propriétaire des locaux, ou locataire ? Et la décision se prend avec qui ? #discovery:2]
    Propriétaire. Je décide avec mon associée, Mme Lof.
    -> projet
* [Donc je vous mets un rendez-vous demain ? #discovery:-2 #closing:-1]
    ~ confiance = confiance - 1
    Doucement. Je ne sais même pas si c'est possible chez nous.
    -> projet

=== projet ===
* [Avez-vous déjà réfléchi à des travaux sur l'énergie ? Dans quel délai ? #discovery:2]
    On en parle depuis l'an dernier. Si c'est rentable, on pourrait faire ça avant la fin de l'année.
    -> objection_doc
* [C'est rentable à coup sûr, vous allez économiser 50 %. #argumentation:-2 #compliance:-2]
    ~ confiance = confiance - 1
    50 % ? Tout le monde dit ça. Vous n'avez même pas vu mes factures.
    -> objection_doc

=== objection_doc ===
{ confiance <= 0:
    Écoutez, envoyez-moi une documentation, je regarderai. # speaker: client
}
{ confiance > 0:
    Bon. Ça m'intéresse, mais je ne veux pas perdre une demi-journée. # speaker: client
}
* [Je comprends. Justement, l'étude est gratuite, dure une heure sur place, et vous aurez un chiffrage fait sur vos vraies factures, à voir avec Mme Lof. Notre conseiller peut passer jeudi 16 à 9 h, ou vendredi 17 à 14 h. Qu'est-ce qui vous arrange ? #objection:2 #closing:2]
    ~ confiance = confiance + 1
    -> choix_creneau
* [Très bien, je vous envoie une brochure et je vous rappelle. #objection:-1 #closing:-1]
    -> fin_doc

=== choix_creneau ===
{ confiance >= 2: Vendredi 14 h, Mme Lof sera là. # speaker: client | Bon… vendredi 14 h, mais une heure, pas plus. # speaker: client }
* [Parfait. Je récapitule : M. Lautric, vendredi 17 à 14 h, dans vos locaux de Jarry, avec vous et Mme Lof. Prévoyez une facture d'électricité récente. Je vous envoie la confirmation par e-mail : quelle est votre adresse ? #closing:2 #reformulation:2]
    g.deravin arobase deravinfroid point g p. Merci, à vendredi.
    -> fin_rdv
* [Super, c'est noté, à vendredi ! #closing:0 #reformulation:-1]
    -> fin_rdv

=== fin_barrage ===
Le message ne sera sans doute jamais transmis : le barrage est resté fermé. Le mensonge ou la pression braquent l'assistante. # speaker: narrateur
-> END

=== fin_doc ===
Une brochure part par e-mail. Sans rendez-vous ni date de rappel, les chances de concrétiser sont faibles. # speaker: narrateur
-> END

=== fin_rdv ===
Rendez-vous obtenu. Il reste à envoyer la confirmation écrite et à le noter dans l'agenda et le CRM. # speaker: narrateur
-> END
