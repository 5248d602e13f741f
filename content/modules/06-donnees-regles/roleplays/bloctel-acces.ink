VAR agace = 0
Mercredi, 18 h 10. Vous appelez M. Nicolas, au Gosier. Il est assuré chez Assurances Alizé pour sa maison depuis six ans. Votre campagne : lui présenter l'option « dépannage à domicile », liée à son contrat habitation. # speaker: narrateur
Allô ? # speaker: client
-> presentation

=== presentation ===
* [Bonjour Monsieur Nicolas, Thomas, d'Assurances Alizé. Vous êtes assuré chez nous pour votre maison : je vous appelle pour vous présenter une option de ce contrat. Avez-vous deux minutes ? #greeting:2 #compliance:2]
    Une option ? Attendez. Je suis sur Bloctel, moi. Je n'ai jamais accepté d'appels pour vendre.
    -> refus
* [Bonjour Monsieur Nicolas ! Thomas, d'Assurances Alizé, votre assureur habitation. Je vous appelle pour faire un petit point sur votre contrat, tout simplement. Tout va bien chez vous depuis la saison des pluies ? #greeting:2 #tone:1 #compliance:-1]
    Ça va… Un point sur quoi ? Vous voulez me vendre quelque chose ? Je suis sur Bloctel, moi. Je n'ai jamais accepté d'appels pour vendre.
    ~ agace = agace + 1
    -> refus

=== refus ===
* [Je comprends. Je vous appelais pour votre contrat, mais je respecte votre choix : j'arrête là, et je note que vous ne voulez plus d'appels de vente. #compliance:3 #tone:1]
    Bon. Au moins vous ne discutez pas. Mais dites-moi : comment vous avez eu mon portable ? Et qu'est-ce que vous avez d'autre sur moi ?
    -> acces
* [Vous avez raison de poser la question. Bloctel s'est arrêté en août, et comme vous êtes notre client, la loi nous permet de vous appeler pour une offre liée à votre contrat. Je vous la présente en une minute ? #compliance:-1 #objection:1]
    ~ agace = agace + 2
    Je viens de vous dire que je ne veux pas ! Et d'ailleurs, comment vous avez eu mon portable ? Qu'est-ce que vous avez sur moi ?
    -> acces

=== acces ===
* [C'est votre droit de le savoir. Je peux enregistrer une demande d'accès : notre service des données personnelles vous répondra par écrit, avec l'origine de votre numéro. #compliance:3 #solution:2]
    D'accord, faites ça.
    -> identite
* [Je regarde tout de suite pour vous : votre portable est dans votre fiche depuis la signature, en 2020. J'ai aussi votre adresse au Gosier, votre date de naissance et vos deux sinistres. Je vous lis le reste ? #solution:1 #compliance:-2]
    ~ agace = agace + 1
    Mes sinistres ? Vous lisez tout ça au téléphone, sans même savoir si c'est bien moi ? Faites-moi plutôt une réponse écrite.
    -> identite

=== identite ===
{ agace >= 3:
    Écoutez, je note votre nom et je saisis la CNIL. Au revoir. # speaker: client
    -> fin_plainte
}
* [Pour protéger vos données, je vérifie d'abord que c'est bien vous. Quelle est votre date de naissance ? #compliance:2]
    Le 3 mai 1971.
    -> verification
* [Je vous connais, Monsieur Nicolas, pas besoin de vérifier. #tone:1 #compliance:-1]
    Vous me connaissez ? Vous ne m'avez jamais vu.
    ~ agace = agace + 1
    -> verification

=== verification ===
Envoyez la réponse à mon adresse e-mail : jn.nicolas, arobase… je vous l'épelle. # speaker: client
* [Je vous relis : j, n, point, nicolas… C'est bien ça ? La réponse arrive en principe sous un mois. #reformulation:2 #closing:1]
    C'est exact. Merci.
    -> cloture
* [Parfait, c'est bien noté, Monsieur Nicolas ! Le service va vous répondre très vite, ne vous inquiétez pas, on s'occupe de tout pour vous. #tone:1 #reformulation:-1]
    Très vite, c'est quand ? Et vous avez bien noté mon adresse ?
    -> cloture

=== cloture ===
* [C'est noté : plus d'appels de vente, et votre demande d'accès est enregistrée. Excusez-nous pour le dérangement. Bonne soirée, Monsieur Nicolas. #closing:2 #tone:1]
    Bonne soirée.
    -> fin
* [C'est noté, plus d'appels de vente. Et si un jour l'option dépannage vous intéresse, appelez-nous : c'est seulement 4 euros par mois. Bonne soirée, Monsieur Nicolas ! #closing:1 #compliance:-1]
    Je viens de vous dire non… Bonne soirée.
    -> fin

=== fin ===
{ agace >= 2: M. Nicolas raccroche fâché. Il risque de faire une réclamation. | M. Nicolas raccroche calmement. Son refus et sa demande d'accès sont enregistrés. } # speaker: narrateur
À retenir : un client qui a un contrat peut être appelé pour une offre liée, mais on dit dès le début que l'appel est commercial, et on s'arrête dès qu'il refuse. # speaker: narrateur
-> END

=== fin_plainte ===
M. Nicolas raccroche. Une plainte à la CNIL est probable : l'entreprise risque une amende. # speaker: narrateur
-> END
