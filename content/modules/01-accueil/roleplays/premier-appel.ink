Driiing… La cliente attend.
-> accueil
=== accueil ===
* [Bonjour, service client Karibéo, Julie à votre écoute. #greeting:2 #tone:1]
  Bonjour mademoiselle ! J’ai une question sur ma facture.
  -> identite
* [Allô ? #greeting:-1]
  Euh… bonjour ? C’est bien le service client ?
  -> identite
=== identite ===
* [Pouvez-vous me donner votre numéro client, s’il vous plaît ? #compliance:2]
  Bien sûr, c’est le 45 12 88.
  -> fin
* [Votre facture fait 45 euros. #compliance:-2]
  Ah ? Vous ne m’avez même pas demandé qui j’étais…
  -> fin
=== fin ===
Merci, au revoir !
-> END
