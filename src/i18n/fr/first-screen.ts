/** The first screen of a new terminal, while the content is installed behind it. */
export const firstScreen = {
  preparingContent: 'Préparation du contenu…',
  preparingHint: 'Le poste installe les leçons. Cela prend quelques secondes.',
};
