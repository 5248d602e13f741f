VAR colere = 3
M. Valcourt, Schœlcher. Sa machine à laver, achetée en ligne, ne marche pas depuis trois semaines. Technicien promis deux fois, jamais venu. C'est son troisième appel. # speaker: narrateur
Il crie dès que vous décrochez. # speaker: narrateur
C'EST LA TROISIÈME FOIS QUE J'APPELLE ! Trois semaines sans machine, avec deux enfants ! Vous vous fichez du monde ! # speaker: client
-> premier_contact

=== premier_contact ===
* [Je le laisse finir, puis : « Je suis vraiment, vraiment désolée, Monsieur, je comprends tellement ce que vous vivez, avec deux enfants, c'est terrible, je suis sincèrement navrée pour tout ça. » #listening:2 #tone:0]
    Désolée, désolée… Tout le monde est désolé. Moi, je veux ma machine.
    (Écouter jusqu'au bout est juste. Mais trop d'excuses sans action sonnent creux : il attend qu'on agisse.) # speaker: narrateur
    -> dossier
* [Je le laisse finir, puis calmement : « Trois appels pour le même problème, c'est trop, Monsieur. Je suis Inès, je reprends votre dossier maintenant. » #listening:2 #tone:2]
    ~ colere = colere - 1
    … Bon. On verra. Vous avez mon dossier, au moins ?
    -> dossier
* [Calmez-vous, Monsieur, sinon je ne peux rien faire. #tone:-3]
    ~ colere = colere + 2
    ME CALMER ? Vous êtes sérieuse ? C'est vous qui devez vous bouger !
    -> dossier

=== dossier ===
{ colere >= 6: -> insultes }
* [Je vois vos appels du 3 et du 11, et les deux rendez-vous manqués. Inutile de tout me réexpliquer. #discovery:2 #listening:1]
    ~ colere = colere - 1
    Enfin quelqu'un qui lit le dossier.
    -> cause
* [Je vois vos deux appels. Pour être sûre de ne rien rater, pouvez-vous juste me confirmer le modèle de la machine et ce qu'elle fait quand vous la lancez ? #discovery:1 #listening:0]
    Elle ne démarre pas ! C'est écrit dans le dossier, non ?
    (Vérifier un détail se défend, mais ce client a déjà tout raconté deux fois : lisez d'abord, ne demandez que ce qui manque.) # speaker: narrateur
    -> cause
* [Ce n'est pas moi que vous avez eu les autres fois. #tone:-2 #listening:-1]
    ~ colere = colere + 1
    Je m'en fiche de qui j'ai eu ! C'est la même entreprise !
    -> cause

=== cause ===
{ colere >= 6: -> insultes }
Le dossier montre que la demande d'intervention a été envoyée au mauvais prestataire (Martinique Sud au lieu de Centre). # speaker: narrateur
* [Il y a eu un souci de transmission. Je m'en occupe tout de suite. #solution:1 #tone:1]
    Un souci ? Quel souci ? Trois semaines pour un « souci » ?
    (Agir vite est bien, mais rester vague sur la cause donne l'impression de cacher quelque chose. Dire l'erreur et s'excuser apaise plus.) # speaker: narrateur
    -> solution
* [C'est le prestataire qui ne s'est pas déplacé : nous, nous avions bien transmis votre demande, ce n'est pas de notre faute. #tone:-2 #solution:-1]
    ~ colere = colere + 2
    Le prestataire, c'est vous qui l'avez choisi ! Je m'en fiche de vos histoires !
    -> solution
* [Votre demande est partie chez le mauvais prestataire. C'est notre erreur, je vous prie de nous en excuser. #solution:1 #tone:2]
    ~ colere = colere - 1
    Une erreur… Trois semaines pour une erreur. Et maintenant ?
    -> solution

=== solution ===
{ colere >= 6: -> insultes }
* [Je transmets au bon prestataire en urgence. Je le relance moi-même et je vous rappelle aujourd'hui avant 17 h, avec une date ferme. #solution:2 #closing:1]
    Avant 17 h ? Vous, personnellement ? … Bon. Mais je préférerais une date maintenant.
    (Un rappel à heure précise est un vrai engagement. Mais fixer la date pendant l'appel évite une attente de plus à un client à bout.) # speaker: narrateur
    -> rendez_vous
* [Je transmets au bon prestataire, en urgence, et je l'appelle maintenant, avec vous en ligne, pour fixer une date. #solution:3 #closing:1]
    ~ colere = colere - 1
    -> rendez_vous
* [Je refais une demande, ils vont vous rappeler. #solution:-1]
    ~ colere = colere + 1
    « Ils vont me rappeler. » C'est ce qu'on m'a dit deux fois ! Non, je veux une date MAINTENANT.
    -> rendez_vous

=== rendez_vous ===
{ colere >= 6: -> insultes }
(Le prestataire propose jeudi matin ou vendredi après-midi.) # speaker: narrateur
* [Jeudi de 8 h à 12 h, ou vendredi de 14 h à 18 h : que préférez-vous ? Je vous confirme par SMS. #solution:2 #closing:1]
    Jeudi matin. Et s'il ne vient pas ?
    -> geste
* [Le plus tôt possible, c'est jeudi entre 8 h et 12 h. Je vous le réserve, et vous recevez la confirmation par SMS dans quelques minutes. #solution:2 #listening:-1]
    Jeudi matin… Bon, ça ira. Et s'il ne vient pas ?
    (Rapide et précis, mais sans lui laisser le choix : deux créneaux lui rendent la main après trois semaines subies.) # speaker: narrateur
    -> geste
* [Il passera dans la semaine. #solution:-2]
    ~ colere = colere + 1
    « Dans la semaine. » Vous vous moquez de moi.
    -> geste

=== geste ===
{ colere >= 6: -> insultes }
* [S'il n'est pas là jeudi à midi, appelez-nous avec la référence R-5530 : vous serez prioritaire. #solution:2]
    D'accord. Et pour ces trois semaines, rien ?
    (La sécurité pour jeudi est bonne. Mais trois semaines de gêne méritent une demande de geste, dans la procédure.) # speaker: narrateur
    -> cloture
* [Je vous offre la machine gratuite, comme ça on n'en parle plus. #compliance:-3 #solution:-1]
    Ah bon ? Vous pouvez faire ça ? Je veux que ce soit écrit alors !
    (Vous promettez ce que vous n'avez pas le droit d'accorder. Le client sera encore plus déçu quand ce sera refusé.) # speaker: narrateur
    ~ colere = colere + 1
    -> cloture
* [S'il n'est pas là jeudi à midi, appelez le numéro direct de mon équipe avec la référence R-5530. Et je demande pour vous un geste commercial, selon notre procédure : réponse par e-mail. #solution:2 #compliance:1]
    ~ colere = colere - 1
    -> cloture

=== cloture ===
{ colere >= 6: -> insultes }
* [Tout est dans le SMS que vous allez recevoir : date, heure et référence. Autre chose pour vous ? #closing:2 #reformulation:0]
    (Le SMS est une bonne trace, mais un client qui a été déçu deux fois a besoin d'entendre le récapitulatif.) # speaker: narrateur
    -> fin
* [Je récapitule : technicien jeudi 8 h-12 h, confirmation par SMS, référence R-5530, demande de geste en cours. Je note tout au dossier. Autre chose ? #closing:2 #reformulation:2]
    -> fin
* [Voilà, c'est réglé. Bonne journée. #closing:-1]
    ~ colere = colere + 1
    -> fin

=== insultes ===
Bande d'incapables ! Vous êtes tous des nuls, et vous la première ! # speaker: client
* [Je ne réponds rien, je laisse passer, et je continue à parler de la date comme si de rien n'était. #tone:2 #compliance:-1]
    Vous m'écoutez au moins ? Vous êtes un robot ? # speaker: client
    (Ne pas répondre à l'insulte est bien. Mais sans avertissement clair, l'insulte est permise : la procédure demande de poser la limite.) # speaker: narrateur
    -> insultes_suite
* [Je raccroche tout de suite sans rien dire. #compliance:-2 #closing:-2]
    -> fin_raccroche
* [Monsieur, je veux vous aider, mais je ne peux pas continuer si vous m'insultez. #tone:2 #compliance:2]
    -> insultes_suite
* [C'est vous, l'incapable ! #tone:-5 #compliance:-3]
    -> fin_raccroche

=== insultes_suite ===
… Pfff. Je suis à bout, voilà. Trois semaines sans machine. # speaker: client
* [À bout, je le comprends. Je m'occupe de trouver une date aujourd'hui. #tone:2 #listening:1]
    ~ colere = 4
    -> rendez_vous_final
* [Si vous continuez sur ce ton, Monsieur, je serai obligée de mettre fin à cet appel tout de suite. #tone:-1]
    Eh bien raccrochez ! De toute façon vous ne servez à rien. # speaker: client
    -> fin_raccroche

=== rendez_vous_final ===
* [Je vous mets jeudi matin, c'est le plus tôt. Confirmation par SMS. #solution:2 #closing:1]
    Jeudi… d'accord. Merci… et désolé pour tout à l'heure.
    -> fin
* [Le technicien peut venir jeudi matin ou vendredi après-midi. Que préférez-vous ? Confirmation par SMS, référence R-5530. #solution:2 #closing:2]
    Jeudi. Merci… et désolé pour tout à l'heure.
    -> fin

=== fin ===
{ colere <= 2: M. Valcourt raccroche apaisé. Il a une date, une référence et le sentiment d'avoir été pris au sérieux. | { colere <= 4: M. Valcourt a une date, mais il reste méfiant. La moindre erreur le fera partir. | M. Valcourt raccroche toujours furieux. Il publie un avis très négatif le soir même. } } # speaker: narrateur
-> END

=== fin_raccroche ===
L'appel se termine mal. M. Valcourt n'a aucune solution, il rappellera pour la quatrième fois ou demandera à être remboursé. Un appel abusif se termine après deux avertissements, poliment, puis se note dans le dossier et se signale au superviseur. # speaker: narrateur
-> END
