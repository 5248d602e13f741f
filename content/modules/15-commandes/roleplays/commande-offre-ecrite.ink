VAR valide_oral = 0
VAR mail_ok = 0
Mardi, 18 h 10. Mme Ursulet a demandé sur le site de Caraïbes Mobile à être rappelée pour une offre : forfait 50 Go et téléphone. Offre : forfait 50 Go à 29 € par mois, 12 mois d'engagement ; téléphone à 180 €, payable en trois fois 60 €. Procédure : aucun paiement avant l'acceptation de l'offre écrite. # speaker: narrateur
Allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Ursulet, Malik, de Caraïbes Mobile. Vous avez demandé à être rappelée : je vous appelle pour vous vendre l'offre que vous avez vue. Vous avez cinq minutes ? #greeting:2 #compliance:2]
    Oui, c'est moi qui ai demandé. Allez-y.
    -> commande
* [Bonjour Madame Ursulet ! Malik, de Caraïbes Mobile. Je vous appelle à la suite de votre demande sur notre site internet, pour le téléphone qui vous plaisait ! Comment allez-vous ? #greeting:2 #compliance:1]
    Ça va, merci. Oui, le téléphone et le forfait.
    (Très aimable. Dire en une phrase que l'appel porte sur une offre commerciale reste une obligation : elle est ici seulement suggérée.) # speaker: narrateur
    -> commande
* [Allô, c'est pour votre commande. #compliance:-2 #greeting:-1]
    Quelle commande ? Je n'ai rien commandé, moi. Ah… c'est pour le site ?
    (Elle n'a rien commandé : parler de « commande » force la main dès la première phrase.) # speaker: narrateur
    -> commande

=== commande ===
Je veux le forfait 50 Go et le téléphone à 180 €. # speaker: client
* [Je note : forfait 50 Go à 29 € par mois avec 12 mois d'engagement, et le téléphone à 180 €, en trois fois 60 €. C'est bien ça ? #reformulation:2 #solution:1]
    Oui, c'est ça. Trois fois, c'est bien.
    -> email
* [Très bien, c'est noté, je vous prépare ça tout de suite ! Vous allez voir, c'est vraiment un excellent choix, nos clients l'adorent. #reformulation:0 #tone:1]
    Attendez, le forfait, c'est combien par mois, déjà ? Et je suis engagée ?
    (Enthousiaste, mais rien n'est reformulé : ni prix, ni durée d'engagement, ni paiement du téléphone.) # speaker: narrateur
    Bon, 29 € et 12 mois, c'est ce qui est marqué sur le site. D'accord. # speaker: client
    -> email
* [Et je vous ajoute l'assurance casse à 8 € par mois : tout le monde la prend. #compliance:-2 #argumentation:-1]
    Je n'ai pas demandé d'assurance. Enlevez ça.
    -> email

=== email ===
Mon e-mail, c'est c point ursulet arobase gmail point com. # speaker: client
* [Je relis : c, point, u-r-s-u-l-e-t, arobase gmail point com. C'est juste ? #reformulation:2 #compliance:1]
    ~ mail_ok = 1
    Oui, c'est ça.
    -> engagement
* [C'est noté, merci beaucoup, Madame Ursulet. #reformulation:0 #tone:1]
    (Poli, mais non relu : une lettre de travers et l'offre écrite part chez un inconnu.) # speaker: narrateur
    -> engagement
* [Je vous l'envoie plutôt par SMS, c'est plus simple pour moi. #solution:0 #listening:-1]
    Par SMS ? J'ai demandé par e-mail, pour la garder.
    (Un SMS peut aussi porter l'offre écrite, mais la cliente a choisi l'e-mail : on suit son choix, et on relit l'adresse.) # speaker: narrateur
    -> engagement

=== engagement ===
Donc c'est fait ? J'ai mon téléphone ? # speaker: client
* [Pas encore : vous recevez l'offre par e-mail. Vous êtes engagée seulement quand vous l'acceptez, par le lien. #compliance:3]
    Ah, d'accord. Je la lis ce soir et je clique.
    -> cloture
* [Oui, c'est validé ! Vous recevrez votre téléphone sous 48 heures. #compliance:-3]
    ~ valide_oral = 1
    Super !
    -> cloture
* [Oui, enfin presque : il y a juste un petit papier à valider après, par e-mail, une formalité, rien de compliqué. Ne vous inquiétez pas pour ça, d'accord ? #compliance:0 #tone:1]
    Une formalité ? Je clique sans lire, alors ?
    (Rassurant, mais faux sur le fond : l'offre écrite n'est pas une formalité, c'est elle qui engage la cliente, et elle doit la lire.) # speaker: narrateur
    -> cloture

=== cloture ===
* [Je récapitule : 50 Go à 29 €, 12 mois, téléphone en trois fois 60 €. Vous aurez 14 jours pour changer d'avis. Des questions ? #closing:2 #reformulation:1 #compliance:1]
    Non, c'est clair. Merci.
    -> fin
* [Merci beaucoup pour votre confiance, Madame Ursulet, et bienvenue chez Caraïbes Mobile ! #closing:1 #tone:1]
    Merci à vous.
    (Une belle fin, mais sans récapitulatif : c'est au moment de raccrocher que les erreurs de commande se rattrapent.) # speaker: narrateur
    -> fin
* [Voilà. Au revoir. #closing:-1]
    -> fin

=== fin ===
{ valide_oral == 1: Bilan : la cliente croit sa commande faite. Or un « oui » au téléphone ne l'engage pas : elle doit recevoir et accepter l'offre écrite (article L221-16). | Bilan : l'offre écrite part ; la cliente sera engagée quand elle l'acceptera. } # speaker: narrateur
{ mail_ok == 0: Et l'adresse e-mail n'a pas été relue : si elle est fausse, l'offre n'arrivera jamais. # speaker: narrateur }
-> END
