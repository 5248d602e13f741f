VAR colere = 2
VAR promesse = 0
Vendredi, 9 h 10. Appel entrant chez Meubles Caraïbes. La procédure après deux livraisons manquées : créneau prioritaire, appel du livreur 30 minutes avant, avoir de 30 €. # speaker: narrateur
C'est la deuxième fois ! DEUX FOIS que je pose un jour de congé et personne ne vient ! Vous vous moquez de qui ? # speaker: client
-> ecoute

=== ecoute ===
* [Je vous écoute, Monsieur. Deux jours de congé perdus, je comprends votre colère. Votre numéro de commande ? #listening:2 #tone:1]
    ~ colere = colere - 1
    Le 88 1402. Mon canapé, commandé il y a un mois !
    -> faits
* [Calmez-vous, Monsieur, s'il vous plaît, je ne peux rien faire si vous criez comme ça. #tone:-2 #listening:-1]
    ~ colere = colere + 1
    Me calmer ? C'est vous qui me dites de me calmer ? Bande d'incapables !
    -> insulte
* [Je suis vraiment, vraiment désolé, Monsieur, c'est terrible ce qui vous arrive, je suis vraiment navré pour vous. #tone:1 #listening:0]
    Désolé, désolé… Ça ne me rend pas mes deux jours !
    (De l'empathie, mais vague : sans reprendre les faits ni demander la commande, le client ne se sent pas compris.) # speaker: narrateur
    Le 88 1402, si ça vous intéresse. # speaker: client
    -> faits

=== insulte ===
* [Je comprends votre colère, Monsieur, et je veux vous aider. Mais je vous demande de ne pas m'insulter ; sinon, je devrai mettre fin à l'appel. #tone:2 #compliance:2]
    ~ colere = colere - 1
    … Bon. D'accord. Excusez-moi. Mais c'est grave, ce qui se passe.
    Commande 88 1402. # speaker: client
    -> faits
* [Je raccroche : je n'ai pas à entendre ça. #compliance:-1 #tone:-1]
    -> fin_raccroche
* [Je ne relève pas et je continue comme si de rien n'était. #compliance:0 #tone:0]
    Vous m'entendez ? Incapables, je dis !
    (Ignorer l'insulte la laisse continuer : une limite calme, avec un avertissement, protège le conseiller et remet l'appel sur les rails.) # speaker: narrateur
    … Bon. Commande 88 1402. # speaker: client
    -> faits

=== faits ===
Dans l'outil : deux rendez-vous manqués, le 20 et le 27 novembre, par le transporteur de Meubles Caraïbes. # speaker: narrateur
* [Je vois les deux rendez-vous manqués, le 20 et le 27. C'est notre faute, pas la vôtre. #reformulation:2 #tone:1]
    ~ colere = colere - 1
    Enfin quelqu'un qui le reconnaît.
    -> solution
* [C'est le transporteur qui a fait l'erreur, pas nous : nous, nous avons bien préparé votre commande. #tone:-2 #solution:-1]
    ~ colere = colere + 1
    Le transporteur, c'est vous qui le choisissez ! Je m'en fiche !
    -> solution
* [Je vois bien deux rendez-vous manqués sur votre commande : c'est vraiment anormal, et je vais tout faire pour régler ça avec vous aujourd'hui. #reformulation:1 #tone:1]
    Tout faire… On verra.
    (Juste, mais « tout faire » reste flou : reconnaître clairement que la faute est la nôtre désarme davantage.) # speaker: narrateur
    -> solution

=== solution ===
* [Je vous propose un créneau prioritaire, le livreur vous appelle 30 minutes avant, et un avoir de 30 €. #solution:3]
    C'est déjà mieux. Quand, le créneau ?
    -> date
* [Je vous fais livrer demain matin sans faute, je vous le garantis personnellement. #solution:-1 #compliance:-2]
    ~ promesse = 1
    Demain ? Vous êtes sûr, cette fois ?
    (Une promesse que le planning n'a pas confirmée : si elle tombe, ce sera la troisième fois.) # speaker: narrateur
    -> date
* [Je transmets votre dossier en réclamation prioritaire, et le service livraison vous rappelle dans la journée pour fixer une nouvelle date. #solution:1]
    Encore attendre un appel ? Et mes deux jours ?
    (Correct, mais sans le geste prévu par la procédure ni le créneau prioritaire, le client repart avec une attente de plus.) # speaker: narrateur
    -> date

=== date ===
Le planning propose mardi 8, de 8 h à 10 h, premier passage de la tournée. # speaker: narrateur
{ promesse == 1: (Le planning n'a rien demain : vous devez revenir sur votre promesse.) # speaker: narrateur }
* [Mardi 8, entre 8 h et 10 h, premier passage. Le livreur vous appelle 30 minutes avant. Je vous l'envoie par SMS. #closing:2 #reformulation:1]
    Mardi 8, d'accord. Je poserai ma matinée.
    -> fin
* [Alors c'est réglé pour mardi, ne vous inquiétez plus de rien, tout se passera bien cette fois, je m'en occupe personnellement pour vous. #closing:0 #tone:1]
    Mardi à quelle heure ? Et qui me le confirme ?
    (Rassurant, mais sans heure ni écrit : le client n'a rien à montrer si ça rate.) # speaker: narrateur
    -> fin
* [Mardi. Au revoir. #closing:-1 #tone:-1]
    -> fin

=== fin_raccroche ===
Appel coupé sans avertissement. Le client rappellera, encore plus en colère, et la réclamation n'a pas avancé. La procédure demande d'avertir d'abord. # speaker: narrateur
-> END

=== fin ===
{ colere <= 0: Bilan : le client s'est apaisé parce qu'il a été écouté et que la faute a été reconnue. | Bilan : la livraison est replanifiée, mais le client reste fâché. }  # speaker: narrateur
{ promesse == 1: Attention : la livraison « demain sans faute » n'était pas confirmée par le planning. # speaker: narrateur }
-> END
