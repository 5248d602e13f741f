/** Strings of the staff area's own navigation: its screens sit behind the staff PIN. */
export const staffArea = {
  contentLink: 'Installer un fichier de contenu',
  contentHelp: 'Pour un poste sans réseau : le contenu arrive sur une clé USB.',
  backToStaff: 'Retour à l’espace personnel',
};
