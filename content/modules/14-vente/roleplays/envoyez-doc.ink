VAR interet = 1
Jeudi, 18 h 05. Appel sortant pour Caraïbes Assurances. Mme Lauret, du Lamentin, a demandé un devis auto sur le site il y a deux jours. # speaker: narrateur
Oui, allô ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Madame Lauret, Julien, de Caraïbes Assurances. Vous avez demandé un devis auto sur notre site mardi. Avez-vous trois minutes pour que je le prépare avec vous ? #greeting:2 #compliance:1]
    Ah oui… mais là, écoutez, envoyez-moi une doc, je regarderai.
    -> doc
* [Bonjour Madame, j'ai une offre exceptionnelle pour vous ! #greeting:-1 #argumentation:-1]
    ~ interet = interet - 1
    Une offre ? Je n'ai pas le temps. Envoyez-moi une doc.
    -> doc

=== doc ===
* [Avec plaisir. Pour vous envoyer la bonne, qu'est-ce qui compte le plus pour vous : le prix, les garanties, ou l'assistance en cas de panne ? #objection:2 #discovery:2]
    ~ interet = interet + 1
    Le prix, surtout. Je paie 78 euros par mois pour une petite Clio, je trouve ça énorme.
    -> besoin
* [D'accord, je vous envoie la brochure. Au revoir. #objection:-2 #closing:-1]
    -> fin_brochure
* [Une doc, ça ne sert à rien, laissez-moi vous expliquer. #objection:-2 #tone:-2]
    ~ interet = interet - 1
    Si vous le prenez comme ça… Je vous ai dit que je n'avais pas le temps.
    -> besoin

=== besoin ===
{ interet <= 0:
    Bon, j'ai vraiment peu de temps. Faites court. # speaker: client
}
* [78 euros, c'est une somme. Avez-vous eu des sinistres ces dernières années, et roulez-vous beaucoup ? #discovery:2 #listening:1]
    Aucun sinistre depuis dix ans. Je fais juste Le Lamentin – Fort-de-France pour le travail.
    -> argument
* [Chez nous c'est moins cher, c'est sûr. #argumentation:-2]
    ~ interet = interet - 1
    Tout le monde dit ça.
    -> argument

=== argument ===
* [Avec dix ans sans sinistre, vous avez droit à notre bonus maximal (C). Pour vous, ça veut dire une baisse nette de votre mensualité (A). Pour un profil comme le vôtre, notre tarif de départ est de 52 euros par mois ; je vous envoie un devis précis à votre nom (P). #argumentation:3]
    ~ interet = interet + 1
    52 ? Ça m'intéresse. Mais je veux voir ça tranquillement.
    -> rappel
* [Nous avons plein de garanties : bris de glace, vol, incendie, assistance 0 km, véhicule de remplacement, protection juridique… #argumentation:-1 #listening:-1]
    Oui, bon. Envoyez la doc, je verrai.
    -> rappel

=== rappel ===
* [Bien sûr. Je vous envoie le devis et la documentation auto ce soir. Je vous rappelle pour en parler : mardi à 18 h ou mercredi à 12 h 30, qu'est-ce qui vous arrange ? #closing:2 #objection:1]
    -> creneau
* [Je vous envoie tout, rappelez-nous si ça vous intéresse. #closing:-1]
    -> fin_brochure

=== creneau ===
{ interet >= 2: Mercredi 12 h 30, c'est parfait. Mon e-mail, c'est lauret.m arobase… # speaker: client | Bon… mercredi 12 h 30. Mais je ne promets rien. # speaker: client }
* [Je relis : mercredi 12 h 30, devis auto envoyé ce soir à votre adresse e-mail. Merci, Madame Lauret, bonne soirée. #reformulation:2 #closing:2]
    -> fin_rdv
* [Ok, ciao ! #closing:-2 #tone:-1]
    -> fin_rdv

=== fin_brochure ===
La documentation part sans rendez-vous de rappel. Mme Lauret la recevra parmi d'autres e-mails… et l'oubliera sans doute. # speaker: narrateur
-> END

=== fin_rdv ===
{ interet >= 2: Rendez-vous téléphonique fixé avec une cliente intéressée. Devis ciblé envoyé le soir même. | Rendez-vous fixé, mais l'intérêt reste fragile : il faudra un devis très clair. } # speaker: narrateur
-> END
