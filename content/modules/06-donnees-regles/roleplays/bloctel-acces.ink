VAR agace = 0
Mercredi, 18 h 10. Appel sortant pour une offre de chauffe-eau solaire. Vous appelez M. Nicolas, au Gosier. # speaker: narrateur
Allô ? # speaker: client
-> presentation

=== presentation ===
* [Bonjour Monsieur Nicolas, Thomas, de la société Soley Karayib. Je vous appelle au sujet des chauffe-eau solaires. Avez-vous deux minutes ? #greeting:2 #compliance:1]
    Attendez. Je suis inscrit sur Bloctel. Comment ça se fait que vous m'appeliez ?
    -> bloctel
* [Bonjour, vous payez trop cher votre électricité ! Je vais vous faire économiser. #greeting:-1 #tone:-1]
    Qui êtes-vous ? Je suis sur Bloctel, moi ! Vous n'avez pas le droit.
    ~ agace = agace + 1
    -> bloctel

=== bloctel ===
* [Je vous prie de m'excuser, Monsieur. J'enregistre tout de suite votre opposition : notre société ne vous appellera plus. Je signale aussi votre numéro pour faire vérifier notre fichier. #compliance:3 #tone:1]
    Bon. Au moins vous ne discutez pas. Mais dites-moi : comment vous avez eu mon numéro ? Et qu'est-ce que vous avez d'autre sur moi ?
    -> acces
* [Oh, ça ne prendra qu'une minute, l'offre est vraiment intéressante… #compliance:-3 #objection:-1]
    ~ agace = agace + 2
    Vous vous moquez de moi ? Je vais porter plainte. Donnez-moi le nom de votre société et tout ce que vous avez sur moi !
    -> acces
* [Bloctel, ça ne marche pas vraiment, vous savez. #compliance:-3 #tone:-2]
    ~ agace = agace + 2
    Ça marche très bien, c'est vous qui ne respectez pas la loi ! Qu'est-ce que vous avez sur moi ?
    -> acces

=== acces ===
* [C'est votre droit de le savoir. Je vous propose d'enregistrer une demande d'accès. Notre service chargé des données personnelles vous répondra par écrit, avec l'origine de votre numéro. Pouvez-vous me confirmer votre adresse e-mail ou postale pour la réponse ? #compliance:3 #solution:2]
    D'accord. Envoyez ça à mon adresse e-mail, jn.nicolas arobase… je vous l'épelle.
    -> verification
* [Je vois votre nom, votre adresse, votre âge et votre consommation estimée. Je vous lis tout ? #compliance:-2 #solution:-1]
    ~ agace = agace + 1
    Vous avez mon âge ? Et ma consommation ? Mais qui vous a donné ça ?
    -> verification
* [Je ne peux rien vous dire, ce n'est pas mon travail. #compliance:-2 #tone:-1]
    ~ agace = agace + 1
    C'est pourtant mon droit ! Vous êtes obligés de me répondre.
    -> verification

=== verification ===
{ agace >= 3:
    Écoutez, je note votre nom et je saisis la CNIL. Au revoir. # speaker: client
    -> fin_plainte
}
* [Je relis votre adresse e-mail lettre par lettre. Vous recevrez une réponse dans le délai prévu par la loi, en principe un mois. Je note aussi votre opposition au démarchage. #reformulation:2 #closing:1 #compliance:1]
    C'est exact. Merci. Et ne m'appelez plus.
    -> cloture
* [Ok, c'est noté, on vous enverra ça un jour. #closing:-1 #compliance:-1]
    Un jour ? J'espère bien que ce sera rapide.
    -> cloture

=== cloture ===
* [C'est noté, Monsieur Nicolas. Vous ne serez plus appelé. Je vous prie encore de nous excuser. Bonne soirée. #closing:2 #tone:1]
    Bonne soirée.
    -> fin
* [Dommage pour l'offre, vous perdez une belle occasion. Au revoir. #closing:-2 #compliance:-1]
    C'est ça. Au revoir.
    -> fin

=== fin ===
{ agace >= 2: M. Nicolas raccroche fâché. Il risque de déposer une réclamation. | M. Nicolas raccroche calmement. Son opposition et sa demande d'accès sont enregistrées. } # speaker: narrateur
-> END

=== fin_plainte ===
M. Nicolas raccroche. Une plainte à la CNIL ou au dispositif Bloctel est probable : l'entreprise risque une amende. # speaker: narrateur
-> END
