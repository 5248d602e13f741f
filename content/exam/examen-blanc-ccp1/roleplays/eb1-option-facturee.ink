VAR consulte_fiche = false
VAR confiance = 1
Examen blanc, CCP 1, appel 2. Appel entrant, lundi 14 h, service clients de Karu Fibre. La fiche client est à côté du dialogue. # speaker: narrateur
Bonjour. J'ai une « option sécurité » à 9,90 € sur ma facture. Je n'ai jamais demandé ça. # speaker: client
-> identite

=== identite ===
* [Bonjour Monsieur, Karine, service clients. Je regarde ça avec vous. Votre nom et votre date de naissance, s'il vous plaît ? #greeting:2 #compliance:2]
    Ferjule, Alain. Le 9 juin 1982.
    -> ecoute
* [Bonjour, Karine, service clients. Ah, cette option, on a beaucoup d'appels à son sujet en ce moment. Vous êtes bien le titulaire du contrat ? #greeting:1 #compliance:0]
    Oui, c'est moi. Alain Ferjule. Beaucoup d'appels, vous dites ?
    (Demander « vous êtes le titulaire ? » ne vérifie rien : tout le monde peut dire oui. Et parler des autres réclamations n'aide pas ce client.) # speaker: narrateur
    -> ecoute

=== ecoute ===
* [Si je comprends bien, une option que vous n'avez pas demandée vous est facturée 9,90 €, et vous voulez savoir d'où elle vient. C'est bien ça ? #reformulation:2 #listening:1]
    ~ confiance = confiance + 1
    Exactement. Et je veux qu'on me l'enlève.
    -> recherche
* [D'accord. Je vais voir ce que je peux faire. #reformulation:0 #listening:0]
    Bon… Vous avez compris ce que je demande, au moins ?
    (Sans reformulation, le client ne sait pas si vous l'avez compris. Dire en une phrase ce qu'il demande le rassure et évite les erreurs.) # speaker: narrateur
    -> recherche

=== recherche ===
{ consulte_fiche:
    (La fiche montre : option ajoutée le 2 novembre lors d'un appel sortant ; aucune confirmation écrite.) # speaker: narrateur
}
* { consulte_fiche } [L'option a été ajoutée le 2 novembre, lors d'un appel. Vous n'avez jamais accepté l'offre par écrit. #discovery:2 #solution:1]
    ~ confiance = confiance + 1
    Un appel ? Je me souviens qu'on m'a appelé… J'ai dit que je réfléchissais, c'est tout.
    -> solution
* [Vous avez sans doute dit oui lors d'un appel commercial. Souvent, les clients ne s'en souviennent plus, vous savez. #discovery:-1 #tone:-1]
    ~ confiance = confiance - 1
    Vous me traitez de menteur ? Je sais ce que j'ai dit !
    -> solution
* [Je ne vois pas tout de suite d'où vient l'option. Je transmets au service facturation, qui vous rappellera. #discovery:0 #closing:1]
    Encore attendre… Bon. Mais c'est bien noté ?
    (La fiche client donnait la réponse : l'option avait été vendue par téléphone, sans accord écrit. La chercher pendant l'appel aurait réglé la réclamation tout de suite.) # speaker: narrateur
    -> fin_transmis

=== solution ===
* [Je vous propose de garder l'option un mois gratuitement, pour voir si elle vous sert avant de décider ? #solution:-1 #compliance:-1 #argumentation:1]
    Non. Je ne l'ai pas demandée, je n'en veux pas.
    (Proposer de garder une option vendue sans accord, c'est ignorer la réclamation. La règle du service est de la retirer et de rembourser.) # speaker: narrateur
    -> recap
* [Sans votre accord écrit, l'option n'aurait pas dû être ajoutée. Je la retire et je vous rembourse les 9,90 €. #solution:2 #compliance:2]
    ~ confiance = confiance + 1
    Merci. C'est tout ce que je voulais.
    -> recap

=== recap ===
* [Je résume : option retirée aujourd'hui, 9,90 € remboursés sur la prochaine facture. Vous recevez un e-mail qui le confirme, et je note votre appel dans le dossier. #closing:2 #reformulation:2 #compliance:1]
    Parfait. Merci, Madame.
    -> fin
* [C'est réglé, bonne journée ! #closing:0]
    Réglé comment ? Je vais recevoir quelque chose ?
    (Sans résumé ni confirmation écrite, le client n'a aucune preuve de ce qui a été décidé.) # speaker: narrateur
    -> fin

=== fin_transmis ===
La réclamation n'est pas réglée : le client attend un rappel pour une réponse que la fiche donnait déjà. # speaker: narrateur
-> END

=== fin ===
{ confiance >= 3: Réclamation réglée pendant l'appel, avec la fiche, la bonne règle et une confirmation écrite : un bon appel de gestion de dossier. | La réclamation est réglée, mais le client a été mis en doute ou laissé sans explication à un moment de l'appel. } # speaker: narrateur
-> END
