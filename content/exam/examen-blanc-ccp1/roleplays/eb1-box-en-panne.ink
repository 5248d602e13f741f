VAR patience = 1
Examen blanc, CCP 1, appel 1. Appel entrant, jeudi 10 h, service clients de Karu Fibre. # speaker: narrateur
Allô ? Bonjour… C'est pour ma box, Internet ne marche plus depuis ce matin. # speaker: client
-> accueil

=== accueil ===
* [Bonjour Madame, Karine, service clients Karu Fibre. Pour ouvrir votre dossier, pouvez-vous me donner votre nom et votre date de naissance ? #greeting:2 #compliance:2]
    Théodore, Laurencine. Le 3 mai 1964.
    -> diagnostic
* [Bonjour Madame, ne vous inquiétez pas, on va regarder ça ensemble tout de suite, je suis là pour ça. Dites-moi, c'est quelle box que vous avez ? #greeting:1 #compliance:-1]
    Euh… la blanche, celle que vous m'avez donnée.
    (Rassurer est bien, mais sans présentation ni vérification d'identité, on ne sait pas à qui l'on parle.) # speaker: narrateur
    -> diagnostic

=== diagnostic ===
Merci, Madame Théodore. Je vois votre contrat fibre, au Lamentin. # speaker: conseiller
* [Sur la box, il y a des petites lumières. De quelle couleur est celle marquée « Internet » ? #discovery:2 #tone:1]
    Elle est rouge. Les autres sont vertes.
    -> redemarrage
* [Avez-vous vérifié le câble optique, le boîtier PTO et la synchronisation de l'ONT ? C'est souvent de là que vient la coupure. #discovery:0 #tone:-1]
    ~ patience = patience - 1
    Le quoi ? Je ne comprends rien à ce que vous dites…
    (La question est juste, mais les mots techniques perdent la cliente. Une question simple, sur ce qu'elle voit, avance plus vite.) # speaker: narrateur
    -> redemarrage
* [Ça arrive souvent, ça revient tout seul. Attendez ce soir. #solution:-2 #discovery:-1]
    ~ patience = patience - 1
    Ce soir ? Mais j'ai mes papiers de la caisse de retraite à envoyer aujourd'hui…
    -> redemarrage

=== redemarrage ===
{ patience <= 0: -> agacee }
* [Je vous guide. Éteignez la box avec le bouton de derrière, comptez jusqu'à dix, rallumez-la. #solution:2 #listening:1]
    Voilà… Elle se rallume. La lumière est… encore rouge.
    -> attente
* [Débranchez tous les câbles de la box, attendez un moment, puis rebranchez-les comme avant et dites-moi ce que vous voyez. #solution:1 #tone:-1]
    Tout ? Même le téléphone ? J'ai peur de mal remettre…
    (L'idée est bonne, mais la consigne est trop vague pour une cliente inquiète : une étape à la fois.) # speaker: narrateur
    -> attente

=== agacee ===
Écoutez, je ne comprends rien. Je rappellerai quand mon fils sera là. # speaker: client
(La cliente abandonne : des mots trop techniques et une réponse qui la renvoie à plus tard. Il fallait la guider pas à pas.) # speaker: narrateur
-> END

=== attente ===
* [Je regarde s'il y a une panne dans votre quartier. Je vous mets en attente deux minutes, d'accord ? #tone:2 #solution:1]
    D'accord, j'attends.
    Merci d'avoir patienté. Il n'y a pas de panne connue au Lamentin : c'est votre ligne qu'il faut vérifier. # speaker: conseiller
    -> ticket
* [Ne quittez pas. #tone:-1]
    ~ patience = patience - 1
    Allô ? Allô ? … Il y a de la musique, je ne sais pas si vous êtes encore là…
    (Mettre en attente sans dire pourquoi ni combien de temps inquiète. Dire ce qu'on fait, et la durée.) # speaker: narrateur
    Merci d'avoir patienté. Il n'y a pas de panne connue au Lamentin. # speaker: conseiller
    -> ticket

=== ticket ===
* [Ne vous inquiétez pas, Madame : j'envoie un technicien chez vous cet après-midi, il sera là avant 17 heures, c'est promis, vous aurez Internet ce soir. #solution:-1 #compliance:-1]
    Cet après-midi ? Bon… je l'attends alors.
    (Une promesse que le conseiller ne peut pas tenir : le planning des techniciens ne dépend pas de lui. La cliente attendra pour rien.) # speaker: narrateur
    -> resume
* [J'ouvre un ticket pour un technicien. Il vous appelle sous 48 heures pour fixer un rendez-vous. Voulez-vous que je vous donne le numéro du ticket ? #solution:2 #closing:1]
    Oui, je prends un papier. … C'est noté.
    -> resume

=== resume ===
* [Je résume : la box ne donne plus Internet, le redémarrage n'a pas suffi, un technicien vous appelle sous 48 heures. Est-ce clair pour vous ? #closing:2 #reformulation:2]
    Oui, c'est clair. Merci beaucoup, Karine.
    -> fin
* [Voilà, c'est tout bon. Bonne journée ! #closing:0 #reformulation:-1]
    Euh… Et pour mes papiers de la retraite, je fais comment ?
    (Sans résumé, la cliente ne sait pas ce qui va se passer. Une idée aurait aidé : envoyer les papiers depuis le téléphone ou un point d'accès public.) # speaker: narrateur
    -> fin

=== fin ===
{ patience >= 1: La cliente sait ce qui va se passer et a été guidée sans jargon : un bon appel d'assistance. | L'appel aboutit, mais la cliente a été perdue ou inquiétée en chemin. } # speaker: narrateur
-> END
