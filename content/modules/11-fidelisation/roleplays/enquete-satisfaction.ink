VAR biais = 0
Enquête de satisfaction pour une compagnie de bus de Guadeloupe. Vous appelez M. Ramassamy, qui a accepté d'être recontacté. Questionnaire : 3 questions, environ 4 minutes. # speaker: narrateur
Allô, oui ? # speaker: client
-> intro

=== intro ===
* [Bonjour Monsieur Ramassamy, Clara, de l'institut Kalbas Études. Vous aviez accepté d'être recontacté pour une enquête sur les bus. Elle dure environ 4 minutes. Est-ce un bon moment ? #greeting:2 #compliance:2]
    Oui, allez-y, j'ai quelques minutes.
    -> q1
* [Bonjour, ça va prendre deux secondes, c'est pour un petit sondage. #greeting:0 #compliance:-1]
    Deux secondes ? Bon… d'accord.
    -> q1

=== q1 ===
* [Question 1 : sur une échelle de 0 à 10, quelle note donneriez-vous à la ponctualité des bus ? #compliance:2 #discovery:1]
    Hmm… je dirais 4.
    -> reaction
* [Vous êtes satisfait de la ponctualité, n'est-ce pas ? #compliance:-2]
    ~ biais = biais + 1
    Euh… oui, enfin, si vous voulez. Disons 7.
    -> reaction

=== reaction ===
* [Merci, je note 4. #listening:1 #tone:1]
    -> q2
* [Seulement 4 ? Ah, c'est dommage, ils font des efforts pourtant ! #compliance:-2 #tone:-1]
    ~ biais = biais + 1
    Ah bon… bon, mettez 5 alors.
    -> q2

=== q2 ===
* [Question 2 : qu'est-ce qui pourrait améliorer votre trajet ? Je note votre réponse telle quelle. #discovery:2 #listening:1]
    Des horaires affichés aux arrêts, et des bus le dimanche. Là, le dimanche, il n'y a presque rien.
    -> note
* [Question 2 : vous voulez plus de bus, c'est ça ? #discovery:-1 #compliance:-1]
    ~ biais = biais + 1
    Oui, enfin… pas seulement.
    -> note

=== note ===
* [Je note : « Des horaires affichés aux arrêts, et des bus le dimanche. » #reformulation:2 #compliance:1]
    C'est ça.
    -> q3
* [Je note : « plus de bus ». #reformulation:-1]
    -> q3

=== q3 ===
* [Question 3 : recommanderiez-vous ce réseau de bus à un proche ? Sur une échelle de 0 à 10. #compliance:1]
    6.
    -> offre
* [Dernière question : et vous connaissez notre abonnement mensuel à 30 euros ? #compliance:-3 #argumentation:-1]
    ~ biais = biais + 2
    Je croyais que c'était une enquête ? Vous vendez quelque chose ?
    -> offre

=== offre ===
* [L'enquête est terminée. Merci beaucoup pour votre temps, Monsieur Ramassamy. Vos réponses seront utilisées de façon anonyme. Bonne journée. #closing:2 #compliance:1]
    -> fin
* [Merci. Au fait, vous n'avez pas un ami qui voudrait répondre aussi ? #closing:-1]
    Non. Au revoir.
    -> fin

=== fin ===
{ biais == 0: Questionnaire propre : réponses exactes, aucune influence. Ces données sont utilisables. | { biais <= 2: Certaines réponses ont été influencées. Ce questionnaire fausse un peu les résultats. | Le questionnaire est inutilisable : questions orientées, commentaires, et une vente déguisée en enquête. } } # speaker: narrateur
-> END
