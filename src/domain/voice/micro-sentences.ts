/** One sentence of the « micro » drill: a model advisor line, read aloud by the learner. */
export interface MicroSentence {
  id: string;
  text: string;
  /** The role-play it is the best answer of: the content build renders it in the advisor's voice. */
  roleplayId: string;
}

/**
 * Plain advisor sentences taken word for word from the curriculum's role-plays (the best option of a
 * choice point), so each has its model audio when the build rendered the role-plays' audio.
 */
export const MICRO_SENTENCES: readonly MicroSentence[] = [
  { id: 'micro-accueil', text: 'Madinina Télécom, bonjour. Kevin à votre écoute.', roleplayId: 'rp-facture-mme-alexis' },
  {
    id: 'micro-ecoute',
    text: "Je parle plus lentement. Bonjour, Monsieur. Je m'appelle Fanny. Je vous écoute.",
    roleplayId: 'rp-client-entend-mal',
  },
  {
    id: 'micro-compteur',
    text: 'Pour votre compteur : vous voulez me donner le chiffre qui est dessus ?',
    roleplayId: 'rp-client-entend-mal',
  },
  { id: 'micro-essentiel', text: "Qu'est-ce qui compte le plus pour vous, avec ce terminal ?", roleplayId: 'rp-decouverte-soncas' },
  { id: 'micro-week-end', text: 'Et le week-end, combien de paiements par carte, environ ?', roleplayId: 'rp-decouverte-soncas' },
  {
    id: 'micro-panne',
    text: "C'est gênant pour travailler, je comprends. La panne touche tous vos appareils, ou un seul ?",
    roleplayId: 'rp-box-en-panne',
  },
  { id: 'micro-voyant', text: "Sur l'avant de la box, le voyant « Internet » : quelle couleur ?", roleplayId: 'rp-box-en-panne' },
  {
    id: 'micro-attente',
    text: "Je teste votre ligne d'ici. Je vous mets en attente trois minutes, d'accord ?",
    roleplayId: 'rp-box-en-panne',
  },
  {
    id: 'micro-parametres',
    text: 'Ouvrez « Paramètres », puis « Réseau ». Dites-moi ce que vous voyez.',
    roleplayId: 'rp-internet-mobile',
  },
  {
    id: 'micro-excuses',
    text: "Je vois les deux rendez-vous manqués, le 20 et le 27. C'est notre faute, pas la vôtre.",
    roleplayId: 'rp-livraison-manquee',
  },
  { id: 'micro-a-bout', text: "À bout, je le comprends. Je m'occupe de trouver une date aujourd'hui.", roleplayId: 'rp-troisieme-appel' },
  { id: 'micro-gigas', text: 'Combien de gigas utilisez-vous par mois, à peu près ?', roleplayId: 'rp-fidelisation-contrat-en-cours' },
  {
    id: 'micro-note',
    text: "Sur une échelle de 1 à 5, quelle note donnez-vous à l'intervention ?",
    roleplayId: 'rp-suivi-apres-intervention',
  },
  {
    id: 'micro-decideur',
    text: "Une journée par mois, c'est beaucoup. Qui décide de ce genre de choses, chez vous ?",
    roleplayId: 'rp-rdv-b2b-garage',
  },
  {
    id: 'micro-connexion',
    text: "D'abord : votre connexion et votre mobile, ça va ? Quelque chose vous gêne ?",
    roleplayId: 'rp-fidelisation-upsell',
  },
];
