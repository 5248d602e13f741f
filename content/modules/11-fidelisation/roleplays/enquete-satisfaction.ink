VAR consulte_questionnaire = false
VAR biais = 0
VAR note_q1 = 4
Enquête de satisfaction pour une compagnie de bus de Guadeloupe. Vous appelez M. Ramassamy, qui a accepté d'être recontacté. Questionnaire : 3 questions, environ 4 minutes. Le questionnaire est à côté du dialogue. # speaker: narrateur
Allô, oui ? # speaker: client
-> intro

=== intro ===
* [Bonjour Monsieur Ramassamy, Clara, de Kalbas Études, j'espère que vous allez bien et que je ne vous dérange pas trop, je vous appelle au sujet de l'enquête sur les bus, vous vous souvenez ? #greeting:2 #compliance:0]
    Euh, oui… Ça dure combien de temps ?
    (Très aimable, mais la durée n'est pas annoncée et l'accord n'est pas demandé : la personne doit pouvoir dire si le moment lui convient.) # speaker: narrateur
    -> q1
* [Bonjour Monsieur Ramassamy, Clara, de Kalbas Études. Vous aviez accepté une enquête sur les bus : 4 minutes environ. C'est un bon moment ? #greeting:2 #compliance:2]
    Oui, allez-y, j'ai quelques minutes.
    -> q1
* [Bonjour, ça va prendre deux secondes, c'est pour un petit sondage. #greeting:0 #compliance:-1]
    Deux secondes ? Bon… d'accord.
    -> q1

=== q1 ===
{ consulte_questionnaire:
    (Le questionnaire dit : « Question 1 : de 0 à 10, quelle note donnez-vous à la ponctualité des bus ? ») # speaker: narrateur
}
* [Question 1 : de 0 à 10, quelle note donnez-vous à la ponctualité des bus ? #compliance:2 #discovery:1]
    Hmm… je dirais 4.
    -> reaction
* [Question 1 : êtes-vous satisfait, plutôt satisfait, peu satisfait ou pas satisfait de la ponctualité des bus ? #compliance:0 #discovery:1]
    Peu satisfait… enfin, plutôt peu. Disons 4 sur 10.
    (Question neutre, mais ce n'est pas celle du questionnaire : elle doit être lue mot pour mot, avec l'échelle de 0 à 10, sinon les réponses ne se comparent plus.) # speaker: narrateur
    -> reaction
* [Vous êtes satisfait de la ponctualité, n'est-ce pas ? #compliance:-2]
    ~ biais = biais + 1
    ~ note_q1 = 7
    Euh… oui, enfin, si vous voulez. Disons 7.
    -> reaction

=== reaction ===
* [D'accord, je note {note_q1}. Et qu'est-ce qui vous fait dire {note_q1}, plutôt qu'une autre note ? #listening:2 #compliance:-1]
    Ben… les bus sont souvent en retard le matin, voilà.
    (L'intérêt est sincère, mais cette question n'est pas dans le questionnaire : en ajouter change l'enquête.) # speaker: narrateur
    -> q2
* [Ah bon ? C'est dommage, ils font des efforts pourtant ! #compliance:-2 #tone:-1]
    ~ biais = biais + 1
    Ah bon… bon, mettez un point de plus, alors.
    -> q2
* [Merci, je note {note_q1}. #listening:1 #tone:1]
    -> q2

=== q2 ===
* [Question 2 : par exemple les horaires, la propreté, le prix, le confort… qu'est-ce qui pourrait améliorer votre trajet ? #discovery:2 #compliance:-1]
    ~ biais = biais + 1
    Euh… les horaires, oui. Et le dimanche, il n'y a presque rien.
    (Donner des exemples semble aider, mais oriente la réponse vers les idées proposées.) # speaker: narrateur
    -> note
* [Question 2 : qu'est-ce qui pourrait améliorer votre trajet ? #discovery:2 #listening:1]
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
* [Je note : « horaires aux arrêts, bus le dimanche ». #reformulation:1 #compliance:1]
    (Résumé fidèle, mais un questionnaire demande les mots exacts de la personne.) # speaker: narrateur
    -> q3
* [Je note : « plus de bus ». #reformulation:-1]
    -> q3

=== q3 ===
* [Question 3 : recommanderiez-vous ces bus à un proche, oui ou non ? #compliance:0 #discovery:1]
    Oui… enfin, ça dépend pour qui.
    (Le « oui ou non » ne laisse pas de nuance : l'échelle de 0 à 10 du questionnaire sert à calculer l'indicateur de recommandation.) # speaker: narrateur
    -> offre
* [Et notre abonnement à 30 euros, vous connaissez ? #compliance:-3 #argumentation:-1]
    ~ biais = biais + 2
    Je croyais que c'était une enquête ? Vous vendez quelque chose ?
    -> offre
* [Question 3 : de 0 à 10, recommanderiez-vous ce réseau de bus à un proche ? #compliance:1 #discovery:1]
    6.
    -> offre

=== offre ===
* [Merci, Monsieur Ramassamy, vos idées sont très bonnes ! Bonne journée. #closing:2 #compliance:-1]
    (Chaleureux, mais le jugement « vos idées sont bonnes » est un commentaire, et l'anonymat n'est pas rappelé.) # speaker: narrateur
    -> fin
* [L'enquête est terminée. Merci pour votre temps, Monsieur Ramassamy. Vos réponses restent anonymes. Bonne journée. #closing:2 #compliance:1]
    -> fin
* [Merci. Au fait, vous n'avez pas un ami qui voudrait répondre aussi ? #closing:-1]
    Non. Au revoir.
    -> fin

=== fin ===
{ biais == 0: Questionnaire propre : réponses exactes, aucune influence. Ces données sont utilisables. | { biais <= 2: Certaines réponses ont été influencées. Ce questionnaire fausse un peu les résultats. | Le questionnaire est inutilisable : questions orientées, commentaires, et une vente déguisée en enquête. } } # speaker: narrateur
{ not consulte_questionnaire: Vous n'avez pas ouvert le questionnaire : ses questions se lisent mot pour mot, avec leur échelle. # speaker: narrateur }
-> END
