VAR erreur = 0
Lundi, 9 h 20. Appel entrant à la Société des Eaux du Nord. # speaker: narrateur
Allô ? Allô ? Je vous entends mal… C'est pour mon compteur d'eau. # speaker: client
-> voix

=== voix ===
* [Je parle plus lentement. Bonjour, Monsieur. Je m'appelle Fanny. Je vous écoute. #tone:2 #greeting:1]
    Ah, là, je vous entends mieux. Bonjour, Fanny.
    -> jargon
* [BONJOUR MONSIEUR ! JE M'APPELLE FANNY ! VOUS M'ENTENDEZ MIEUX COMME ÇA ? #tone:-1 #greeting:1]
    Pas besoin de crier, ma fille… Ça grésille, quand vous criez.
    (Crier déforme les sons : ce qui aide, c'est un débit lent et une bonne articulation.) # speaker: narrateur
    -> jargon
* [Bonjour, Monsieur, Fanny, Société des Eaux du Nord, service clientèle, je peux prendre votre numéro de contrat et votre adresse, s'il vous plaît ? #greeting:1 #tone:-1]
    Hein ? Trop vite, je n'ai rien compris.
    (Tout est là, mais d'un seul souffle : trois demandes en une phrase perdent un client qui entend mal.) # speaker: narrateur
    -> jargon

=== jargon ===
* [Pour votre compteur : vous voulez me donner le chiffre qui est dessus ? #tone:1 #discovery:2]
    Oui, c'est ça. Mon petit-fils m'a dit de vous appeler.
    -> chiffres
* [Vous appelez pour nous communiquer votre index, car votre compteur n'est pas encore équipé de la télérelève, c'est bien ça ? #discovery:1 #tone:-1]
    Mon quoi ? L'index ? Je ne connais pas ces mots-là.
    (Juste et complet, mais en jargon : « index » et « télérelève » ne disent rien au client.) # speaker: narrateur
    Je veux donner le chiffre du compteur, c'est tout. # speaker: client
    -> chiffres
* [D'accord, pas de souci. #tone:-1 #discovery:0]
    Pas de souci ? Si, j'ai un souci, je ne sais pas comment on fait.
    (« Pas de souci » fait penser au souci. Une phrase simple et positive, comme « d'accord, je vous aide », passe mieux.) # speaker: narrateur
    -> chiffres

=== chiffres ===
Le chiffre, c'est… 0 4 5 8 7. # speaker: client
* [Je relis deux par deux : zéro quatre, cinquante-huit, sept. C'est bien ça ? #reformulation:2]
    Cinquante-huit… Non ! C'est cinq, huit. Zéro, quatre, cinq, huit, sept.
    Je relis chiffre par chiffre : zéro, quatre, cinq, huit, sept. # speaker: conseiller
    Voilà. C'est ça. # speaker: client
    (Bonne idée de relire, mais par paquets le client a entendu « cinquante-huit » : chiffre par chiffre, c'est plus sûr avec lui.) # speaker: narrateur
    -> mail
* [Je relis chiffre par chiffre : zéro, quatre, cinq, huit, sept. C'est juste ? #reformulation:3]
    C'est juste. Zéro, quatre, cinq, huit, sept.
    -> mail
* [Merci, c'est noté. #reformulation:-1]
    ~ erreur = 1
    Vous avez bien noté le zéro devant ?
    (Sans relire, un chiffre mal entendu passe dans la facture.) # speaker: narrateur
    -> mail

=== mail ===
Et pour les factures, ma petite-fille veut l'e-mail : m, a, e, l, y, s, arobase… gmail point com. # speaker: client
* [J'épelle avec vous : M comme Marcel, A comme Anatole, E comme Eugène, L comme Louis, Y comme Yvonne, S comme Suzanne. Arobase gmail point com. C'est ça ? #reformulation:2 #compliance:1]
    Marcel, Anatole… Oui. C'est bien ça, Maëlys.
    -> fin_appel
* [Maëlys arobase gmail point com, c'est noté, je l'ai. #reformulation:0]
    ~ erreur = erreur + 1
    Avec un Y, hein. Pas un I.
    (Un prénom se dit de plusieurs façons : sans épeler, l'adresse sera fausse.) # speaker: narrateur
    -> fin_appel
* [Vous n'avez pas compris : il me faut les lettres une par une, s'il vous plaît, et lentement. #tone:-2]
    Je vous les ai données, les lettres… Bon. M, a, e, l, y, s.
    (« Vous n'avez pas compris » met la faute sur le client. « Je vais relire avec vous » dit la même chose sans blesser.) # speaker: narrateur
    -> fin_appel

=== fin_appel ===
* [Je récapitule : chiffre du compteur noté, factures par e-mail à Maëlys. Vous recevrez la prochaine en janvier. Ça vous va ? #closing:2]
    Oui, c'est clair. Merci, Fanny. Vous parlez bien, vous.
    -> fin
* [Eh bien voilà, Monsieur Sainte-Rose, tout est en ordre de notre côté, je vous remercie infiniment pour votre appel et vous souhaite une très bonne journée ! #closing:0 #tone:1]
    Merci… Mais les factures, elles arrivent où, maintenant ?
    (Aimable, mais long et sans vérifier ce que le client a retenu.) # speaker: narrateur
    -> fin
* [C'est bon. Au revoir. #closing:-1 #tone:-1]
    -> fin

=== fin ===
{ erreur == 0: Bilan : voix posée, mots simples, chiffres et e-mail vérifiés : le client a tout compris et rien n'est faux. | Bilan : l'appel s'est fait, mais un chiffre ou une lettre n'a pas été vérifié. Une erreur dans le dossier est possible. } # speaker: narrateur
-> END
