const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Strings of the « Lexique », the glossary of the trade's words. Plain French, short sentences. */
export const glossary = {
  navLabel: 'Lexique',
  title: 'Lexique du métier',
  intro: 'Les mots du métier, expliqués simplement. Tapez un mot pour le trouver.',
  searchLabel: 'Chercher un mot',
  searchPlaceholder: 'Par exemple : DMT, rappel, trop-perçu',
  count: (n: number) => plural(n, 'mot', 'mots'),
  found: (n: number) =>
    n ? `${plural(n, 'mot trouvé', 'mots trouvés')}` : 'Aucun mot trouvé. Essayez un autre mot, ou demandez au formateur.',
  example: 'Exemple',
  alsoCalled: 'Aussi appelé :',
  taughtIn: 'Vu dans le module :',
  openModule: 'Voir le module',
  back: '← Retour à la page d’avant',
  all: 'Voir tous les mots',
  notFound: 'Ce mot n’est pas dans le lexique.',
  none: 'Le lexique n’est pas encore installé sur ce poste. Il arrive avec le contenu, à la prochaine synchronisation.',
  letters: 'Aller à la lettre',
};
