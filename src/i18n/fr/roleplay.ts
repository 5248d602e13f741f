/** Strings of the customer file and the knowledge base opened during a role-play call. */
export const roleplayLookup = {
  tools: 'Outils pendant l’appel',
  file: 'Fiche client',
  knowledge: 'Base de connaissances',
  close: 'Fermer',
  articles: 'Choisissez un article :',
  backToList: 'Retour à la liste des articles',
  debriefTitle: 'Fiche client et base de connaissances',
  fileOpened: 'Vous avez ouvert la fiche client.',
  fileNotOpened: 'Vous n’avez pas ouvert la fiche client.',
  articleRead: (title: string) => `Vous avez lu l’article « ${title} ».`,
  articleNotRead: (title: string) => `Vous n’avez pas lu l’article « ${title} ».`,
};
