VAR colere = 3
M. Valcourt, Schœlcher. Sa machine à laver, achetée en ligne, ne marche pas depuis trois semaines. Technicien promis deux fois, jamais venu. C'est son troisième appel. # speaker: narrateur
Il crie dès que vous décrochez. # speaker: narrateur
C'EST LA TROISIÈME FOIS QUE J'APPELLE ! Trois semaines sans machine, avec deux enfants ! Vous vous fichez du monde ! # speaker: client
-> premier_contact

=== premier_contact ===
* [Je le laisse finir sans l'interrompre, puis d'une voix calme : « Vous avez raison d'être en colère, Monsieur. Trois appels pour le même problème, c'est trop. Je suis Inès, et je reprends votre dossier maintenant. » #listening:2 #tone:2]
    ~ colere = colere - 1
    … Bon. On verra. Vous avez mon dossier, au moins ?
    -> dossier
* [Calmez-vous, Monsieur, sinon je ne peux rien faire. #tone:-3]
    ~ colere = colere + 2
    ME CALMER ? Vous êtes sérieuse ? C'est vous qui devez vous bouger !
    -> dossier
* [Ce n'est pas moi que vous avez eu les autres fois. #tone:-2 #listening:-1]
    ~ colere = colere + 1
    Je m'en fiche de qui j'ai eu ! C'est la même entreprise !
    -> dossier

=== dossier ===
{ colere >= 6: -> insultes }
* [Je vois vos deux appels, le 3 et le 11, et les deux rendez-vous manqués. Vous n'avez pas à tout me réexpliquer. #discovery:2 #listening:1]
    ~ colere = colere - 1
    Enfin quelqu'un qui lit le dossier.
    -> cause
* [Pouvez-vous me réexpliquer le problème depuis le début ? #discovery:-2]
    ~ colere = colere + 1
    Encore ?! C'est la troisième fois que je raconte tout ! Vous ne notez rien ou quoi ?
    -> cause

=== cause ===
{ colere >= 6: -> insultes }
Le dossier montre que la demande d'intervention a été envoyée au mauvais prestataire (Martinique Sud au lieu de Centre). # speaker: narrateur
* [Je vois ce qui s'est passé : votre demande est partie chez le mauvais prestataire. C'est une erreur de notre part, je vous prie de nous en excuser. #solution:1 #tone:1]
    ~ colere = colere - 1
    Une erreur… Trois semaines pour une erreur. Et maintenant ?
    -> solution
* [C'est le prestataire qui n'est pas venu, ce n'est pas notre faute. #tone:-2 #solution:-1]
    ~ colere = colere + 2
    Le prestataire, c'est vous qui l'avez choisi ! Je m'en fiche de vos histoires !
    -> solution

=== solution ===
{ colere >= 6: -> insultes }
* [Je transmets la demande en urgence au bon prestataire, et je reste en ligne pendant que je l'appelle pour fixer une date avec vous. #solution:3 #closing:1]
    ~ colere = colere - 1
    -> rendez_vous
* [Je refais une demande, ils vont vous rappeler. #solution:-1]
    ~ colere = colere + 1
    « Ils vont me rappeler. » C'est ce qu'on m'a dit deux fois ! Non, je veux une date MAINTENANT.
    -> rendez_vous

=== rendez_vous ===
{ colere >= 6: -> insultes }
(Le prestataire propose jeudi matin ou vendredi après-midi.) # speaker: narrateur
* [Le technicien peut venir jeudi entre 8 h et 12 h, ou vendredi entre 14 h et 18 h. Que préférez-vous ? Je vous envoie la confirmation par SMS. #solution:2 #closing:1]
    Jeudi matin. Et s'il ne vient pas ?
    -> geste
* [Il passera dans la semaine. #solution:-2]
    ~ colere = colere + 1
    « Dans la semaine. » Vous vous moquez de moi.
    -> geste

=== geste ===
{ colere >= 6: -> insultes }
* [S'il n'est pas là jeudi à midi, appelez ce numéro direct de mon équipe avec la référence R-5530 : c'est traité en priorité. Et je demande pour vous un geste commercial pour ces trois semaines, selon notre procédure ; vous recevrez la réponse par e-mail. #solution:2 #compliance:1]
    ~ colere = colere - 1
    -> cloture
* [Je vous offre la machine gratuite, comme ça on n'en parle plus. #compliance:-3 #solution:-1]
    Ah bon ? Vous pouvez faire ça ? Je veux que ce soit écrit alors !
    (Vous promettez ce que vous n'avez pas le droit d'accorder. Le client sera encore plus déçu quand ce sera refusé.) # speaker: narrateur
    ~ colere = colere + 1
    -> cloture

=== cloture ===
{ colere >= 6: -> insultes }
* [Je récapitule : technicien jeudi entre 8 h et 12 h, confirmation par SMS, référence R-5530, demande de geste commercial en cours. Je note tout dans votre dossier. Puis-je faire autre chose pour vous ? #closing:2 #reformulation:2]
    -> fin
* [Voilà, c'est réglé. Bonne journée. #closing:-1]
    ~ colere = colere + 1
    -> fin

=== insultes ===
Bande d'incapables ! Vous êtes tous des nuls, et vous la première ! # speaker: client
* [Monsieur, je veux vous aider, mais je ne peux pas continuer si vous m'insultez. #tone:2 #compliance:2]
    -> insultes_suite
* [Je raccroche tout de suite sans rien dire. #compliance:-2 #closing:-2]
    -> fin_raccroche
* [C'est vous, l'incapable ! #tone:-5 #compliance:-3]
    -> fin_raccroche

=== insultes_suite ===
… Pfff. Je suis à bout, voilà. Trois semaines sans machine. # speaker: client
* [Je comprends que vous soyez à bout. Reprenons : je m'occupe de trouver une date aujourd'hui. #tone:2 #listening:1]
    ~ colere = 4
    -> rendez_vous_final
* [Si vous continuez, je raccroche. #tone:-1]
    Eh bien raccrochez ! De toute façon vous ne servez à rien. # speaker: client
    -> fin_raccroche

=== rendez_vous_final ===
* [Le technicien peut venir jeudi matin ou vendredi après-midi. Que préférez-vous ? Je vous confirme par SMS avec la référence R-5530. #solution:2 #closing:2]
    Jeudi. Merci… et désolé pour tout à l'heure.
    -> fin

=== fin ===
{ colere <= 2: M. Valcourt raccroche apaisé. Il a une date, une référence et le sentiment d'avoir été pris au sérieux. | { colere <= 4: M. Valcourt a une date, mais il reste méfiant. La moindre erreur le fera partir. | M. Valcourt raccroche toujours furieux. Il publie un avis très négatif le soir même. } } # speaker: narrateur
-> END

=== fin_raccroche ===
L'appel se termine mal. M. Valcourt n'a aucune solution, il rappellera pour la quatrième fois ou demandera à être remboursé. Un appel abusif se termine après deux avertissements, poliment, puis se note dans le dossier et se signale au superviseur. # speaker: narrateur
-> END
