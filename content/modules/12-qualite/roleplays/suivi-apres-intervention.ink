VAR consulte_fiche = false
VAR note_juste = 1
VAR suite = 0
Mercredi, 14 h 15. Campagne de suivi après intervention : vous appelez Mme Lauriette, dont le lave-linge a été réparé lundi. La fiche de l'intervention est à côté du dialogue. # speaker: narrateur
Allô, oui ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Lauriette, Anaïs, d'Électro Services Caraïbes. Notre technicien est passé lundi : je vous appelle pour savoir si tout va bien. #greeting:2]
    Ah oui, pour la machine. Oui, elle tourne…
    -> note
* [Bonjour Madame, c'est pour une petite enquête de satisfaction sur une intervention. Vous auriez un moment à m'accorder, s'il vous plaît ? Ce ne sera pas long, promis. #greeting:1]
    Une intervention ? Laquelle ? Ah, la machine… Oui, elle tourne.
    (Poli, mais flou : sans dire qui l'on est et de quelle intervention on parle, la cliente doit deviner.) # speaker: narrateur
    -> note
* [Bonjour, vous êtes contente de la réparation, hein ? #greeting:-1 #compliance:-1]
    Euh… oui, oui.
    (La question souffle la réponse : la cliente n'ose plus dire ce qui ne va pas.) # speaker: narrateur
    -> note

=== note ===
Bon… # speaker: client
* [Sur une échelle de 1 à 5, quelle note donnez-vous à l'intervention ? #compliance:2]
    Je dirais… 3. Il était gentil, le monsieur. Mais il y a un peu d'eau devant la machine, depuis.
    -> probleme
* [Vous nous mettez un 5, j'espère ? Notre technicien est vraiment très apprécié de nos clients, vous savez. #compliance:-2 #tone:0]
    ~ note_juste = 0
    Euh… 5, si vous voulez. Enfin, il y a un peu d'eau devant la machine, mais bon.
    -> probleme
* [Qu'avez-vous pensé de l'intervention, dans l'ensemble ? Dites-moi tout, même ce qui ne va pas. #listening:1 #compliance:0]
    Il était gentil. Mais il y a un peu d'eau devant la machine, depuis. Je mettrais 3, si c'est noté.
    (Une bonne question ouverte, mais la campagne demande une note de 1 à 5 posée de la même façon à tous : sinon les réponses ne se comparent pas.) # speaker: narrateur
    -> probleme

=== probleme ===
{ consulte_fiche:
    (La fiche montre la note du technicien : « Joint de hublot usé. À surveiller, pièce non changée. ») # speaker: narrateur
}
* { consulte_fiche } [De l'eau devant la machine. Le technicien a noté un joint usé : ça peut venir de là. Je demande un passage ? #reformulation:2 #solution:2]
    ~ suite = 2
    Ah, il l'avait vu ! Oui, je veux bien qu'il repasse.
    -> verbatim
* [Un peu d'eau devant la machine depuis lundi, c'est bien ça ? Je le note et je le transmets tout de suite au service technique. #reformulation:2 #solution:1]
    ~ suite = 1
    Oui, c'est ça. Merci.
    (Bonne reformulation. La fiche de l'intervention aurait donné la piste du joint, et le technicien viendrait avec la pièce.) # speaker: narrateur
    -> verbatim
* [Ah, ça, ce n'est pas l'enquête. Il faudra rappeler le SAV. #solution:-2 #listening:-1]
    Ah bon… Je rappellerai, alors.
    (Un suivi après intervention sert justement à trouver ce qui ne va pas.) # speaker: narrateur
    -> verbatim

=== verbatim ===
Et vous notez quoi, pour le technicien ? Je ne veux pas lui causer d'ennuis. # speaker: client
* [Je note vos mots : « gentil, un peu d'eau depuis ». Et votre note telle que vous la donnez. #compliance:2 #tone:1]
    D'accord. C'est honnête.
    -> cloture
* [Ne vous inquiétez pas : je vais mettre 4, ça ne lui fera aucun tort, et tout le monde sera content comme ça. #compliance:-3 #tone:1]
    ~ note_juste = 0
    Bon… si vous le dites.
    (Arranger une note fausse les indicateurs de qualité : le problème du joint disparaît des chiffres.) # speaker: narrateur
    -> cloture
* [Je ne peux pas vous dire ce que je note. #tone:-1 #compliance:0]
    Ah. D'accord…
    (Rien n'est caché dans une note de suivi : le dire simplement rassure.) # speaker: narrateur
    -> cloture

=== cloture ===
* { suite > 0 } [Je récapitule : note enregistrée, fuite signalée, le service technique vous rappelle sous 48 h pour un passage. #closing:2 #reformulation:1]
    Très bien. Merci d'avoir appelé.
    -> fin
* [Merci mille fois pour votre temps et votre franchise, Madame Lauriette, c'est très précieux pour nous. Passez une excellente journée ! #closing:0 #tone:1]
    Merci… Et pour l'eau, alors ?
    -> fin
* [C'est noté. Au revoir, Madame. #closing:0]
    -> fin

=== fin ===
{ suite:
- 2: Bilan : le suivi a trouvé un vrai problème et l'a relié à la note du technicien : il reviendra avec la pièce. # speaker: narrateur
- 1: Bilan : la fuite est transmise. Sans la fiche, le technicien devra refaire le diagnostic. # speaker: narrateur
- else: Bilan : la fuite n'est pas traitée. La cliente devra rappeler, et l'appel de suivi n'a servi à rien. # speaker: narrateur
}
{ note_juste == 0: Et la note enregistrée n'est pas celle que la cliente voulait donner : l'indicateur de satisfaction est faussé. # speaker: narrateur }
-> END
