/** A small call where the customer file and one article change what the advisor can say. */
export const lookupInk = () => `VAR consulte_fiche = false
VAR consulte_delais = false
Lundi, 10 h. # speaker: narrateur
Bonjour, c'est M. Nadeau. Quand finit mon contrat ? # speaker: client
-> reponse

=== reponse ===
{consulte_fiche: (La fiche est ouverte : fin le 14 mars.) # speaker: narrateur}
* {consulte_fiche} [Le 14 mars. #solution:2]
    -> delai
* {not consulte_fiche} [Je crois qu'il finit bientôt. #solution:0]
    -> delai
* [Je ne sais pas du tout, désolé, monsieur. #solution:-1]
    -> delai

=== delai ===
Et pour changer d'offre, c'est long ? # speaker: client
* {consulte_delais} [Sept jours ouvrés. #solution:2]
    -> fin_lu
* [Quelques jours, je pense. #solution:0]
    -> fin

=== fin_lu ===
Parfait, merci.
-> END

=== fin ===
Bon. Merci.
-> END
`;

/** The sheet beside lookupInk, as written in YAML (the article body is Markdown). */
export const lookupSheet = (overrides: Record<string, unknown> = {}) => ({
  id: 'rp-lookup-test',
  schema: 1,
  title: 'Appel avec fiche',
  competencies: ['ccp1.information'],
  difficulty: 1,
  caller: { name: 'M. Nadeau', profile: 'Client sous contrat.' },
  goal: 'Répondre avec la fiche.',
  goodPractice: ['Ouvrir la fiche'],
  usualMistakes: ['Répondre de mémoire'],
  customerFile: [
    { label: 'Client', value: 'M. Nadeau' },
    { label: 'Fin du contrat', value: '14 mars' },
  ],
  knowledge: [{ id: 'delais', title: 'Délais', body: 'Un changement d’offre prend **sept jours ouvrés**.\n\n<b>brut</b>' }],
  ...overrides,
});
