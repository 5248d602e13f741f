VAR motifs = 0
Samedi, 10 h. Appel entrant chez Kréol Pay, qui loue des terminaux de paiement par carte aux commerçants. # speaker: narrateur
Bonjour, je voudrais un terminal de carte bancaire. C'est combien ? # speaker: client
-> ouverture

=== ouverture ===
* [Bonjour Monsieur, Sarah, de Kréol Pay. Je vais vous répondre. Pour le bon prix, parlez-moi de votre commerce ? #greeting:2 #discovery:2]
    Un snack au Carbet, sur la plage. Beaucoup de touristes le week-end. Ils demandent la carte, et je perds des ventes.
    -> ce_qui_compte
* [Bonjour Monsieur, Sarah, de Kréol Pay. Nous avons trois terminaux : à 19 €, 29 € et 39 € par mois, selon les fonctions. Lequel vous intéresse ? #greeting:2 #discovery:0]
    Je ne sais pas, moi. C'est pour un snack, au Carbet. Les touristes demandent la carte, et je perds des ventes.
    (Précis, mais la grille des prix arrive avant le besoin : le client ne peut pas choisir, et on ne sait rien de lui.) # speaker: narrateur
    -> ce_qui_compte
* [Le moins cher, c'est 19 € par mois. #greeting:-1 #discovery:-1]
    Bon. Et ça marche pour un snack sur la plage ?
    -> ce_qui_compte

=== ce_qui_compte ===
* [Qu'est-ce qui compte le plus pour vous, avec ce terminal ? #discovery:2 #listening:1]
    ~ motifs = motifs + 1
    Ce qui compte ? Ne plus garder autant de liquide le soir : on m'a volé la caisse l'an dernier. Et que les frais ne me coûtent pas une fortune.
    -> reformuler
* [Combien de paiements par carte pensez-vous faire, à peu près, chaque jour de la semaine ? #discovery:1]
    Je ne sais pas… Une cinquantaine le week-end. Et puis surtout, je ne veux plus garder de liquide le soir, on m'a volé la caisse. Et pas trop de frais.
    (Une bonne question, mais trop tôt : une question fermée coupe le client. Il a fallu qu'il dise de lui-même ce qui compte.) # speaker: narrateur
    -> reformuler
* [Alors le modèle à 39 € est parfait pour vous : il fait tout. #discovery:-2 #argumentation:-1]
    Tout ? Je n'ai pas besoin de tout. Ce que je veux, c'est moins de liquide le soir, on m'a volé la caisse. Et pas de frais énormes.
    -> reformuler

=== reformuler ===
* [Si je comprends bien : moins de liquide pour être tranquille le soir, et des frais raisonnables. C'est bien ça ? #reformulation:3 #listening:1]
    ~ motifs = motifs + 1
    Exactement. Vous avez compris.
    -> entonnoir
* [D'accord : la sécurité et le prix. C'est noté. #reformulation:1]
    Euh… oui. C'est ça.
    (Juste, mais en étiquettes : reprendre ses mots et vérifier montre au client qu'il a été entendu.) # speaker: narrateur
    -> entonnoir
* [Ah, les vols, c'est terrible. Ça arrive beaucoup en ce moment, vous savez : un de nos clients de Saint-Pierre s'est fait voler aussi le mois dernier… #listening:-1 #tone:0]
    Oui… Bon. Et donc, pour moi ?
    (Le client se confie, et le conseiller parle d'un autre : l'écoute s'arrête là.) # speaker: narrateur
    -> entonnoir

=== entonnoir ===
* [Et le week-end, combien de paiements par carte, environ ? #discovery:2]
    Une cinquantaine le samedi et le dimanche. En semaine, presque rien.
    -> abonnement
* [Je vous conseille le terminal avec abonnement, c'est celui que prennent la plupart des commerçants de la côte. #discovery:0 #argumentation:0]
    La plupart ? Mais moi, en semaine, je ne vends presque rien par carte.
    (Un conseil général, sans chiffre : une question fermée sur son volume aurait montré que l'abonnement ne lui va pas.) # speaker: narrateur
    -> abonnement
* [Très bien. #discovery:-1]
    Alors ? Vous me proposez quoi ? En semaine, je ne vends presque rien, hein.
    -> abonnement

=== abonnement ===
* [Donc surtout le week-end. Vous préférez un abonnement fixe, ou payer seulement quand vous vendez ? #discovery:2 #reformulation:1]
    ~ motifs = motifs + 1
    Seulement quand je vends. Les mois calmes, je ne veux rien payer.
    -> proposition
* [Avec si peu en semaine, un abonnement ne vaut sans doute pas le coup pour vous. #discovery:1]
    Ah, ça, c'est sûr. Je veux payer seulement quand je vends.
    (Bien vu, mais c'est le conseiller qui décide à la place du client : une question fermée à deux choix le laisse dire ce qu'il préfère.) # speaker: narrateur
    -> proposition
* [Il y a aussi une version avec imprimante, si vous voulez imprimer les tickets. #discovery:-1 #argumentation:-1]
    Je n'ai pas demandé ça. Je veux surtout payer quand je vends, et pas le reste du temps.
    -> proposition

=== proposition ===
* [Le terminal sans abonnement : 1,5 % par paiement, rien les mois calmes. Et l'argent va sur votre compte, pas dans la caisse. #argumentation:3]
    ~ motifs = motifs + 1
    Moins de liquide, et je paie quand je vends. Là, vous me parlez.
    -> fin
* [Je vous propose le terminal sans abonnement, à 1,5 % par paiement. Voulez-vous que je vous prépare la demande ? #argumentation:1 #closing:1]
    Oui… Et pour le liquide, ça change quoi ?
    (La bonne offre, mais l'argument oublie sa première motivation, la sécurité : c'est elle qui le décide.) # speaker: narrateur
    -> fin
* [Je vous conseille le modèle Premium à 39 € : le meilleur, avec imprimante, wifi, 4G et grand écran couleur. #argumentation:-1 #listening:-1]
    39 € par mois ? Pour un snack ? Non merci.
    -> fin

=== fin ===
{ motifs >= 4: Bilan : les motivations du client (sécurité, argent) ont été trouvées, reformulées, et l'offre y répond point par point. | { motifs >= 2: Bilan : l'offre convient, mais une partie de ce qui compte pour le client n'a pas été reprise. | Bilan : le client a parlé de ses motivations sans être vraiment écouté : l'offre tombe à côté. } } # speaker: narrateur
-> END
