/** The ink script editor's own words (the rest of the role-play editor is in `authoring.ts`). */
export const inkEditor = {
  checking: 'vérification des chemins…',
};
