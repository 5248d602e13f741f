const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Strings of the learner's plan and self-assessment: loaded with those parts only, not in the first screen. */
export const learnerPlan = {
  plan: {
    title: 'Mon plan de formation',
    intro: 'Votre formateur a préparé ce plan avec vous.',
    first: (titles: string) => `Commencez par : ${titles}.`,
    extra: (titles: string) => `Votre formateur vous demande aussi : ${titles}.`,
    exempt: (titles: string) => `Vous êtes dispensé de : ${titles}.`,
    target: (date: string) => `Date visée pour finir : ${date}.`,
    words: 'Ce que votre formateur a noté :',
  },
  selfAssessment: {
    link: 'Dire où j’en suis',
    title: 'Où en êtes-vous ?',
    intro: 'Pour chaque point, choisissez ce qui vous ressemble. Il n’y a pas de mauvaise réponse. Votre formateur en parlera avec vous.',
    levels: { 1: 'Pas encore', 2: 'Un peu', 3: 'Assez bien', 4: 'Très à l’aise' } as Record<1 | 2 | 3 | 4, string>,
    submit: 'Envoyer à mon formateur',
    missing: (n: number) => `Il reste ${plural(n, 'point', 'points')} sans réponse.`,
    saved: 'C’est enregistré. Merci !',
  },
} as const;
