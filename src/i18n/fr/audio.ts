/** Strings of the spoken audio: the « Écouter » control, the auto-play setting, the staff readiness panel. */
export const audio = {
  listen: 'Écouter',
  stop: 'Arrêter',
  listenLabel: (what: string) => `Écouter : ${what}`,
  lesson: 'la leçon',
  question: 'la question',
  autoplay: 'Le client parle tout seul (lecture automatique)',
  panel: {
    title: 'Sons des leçons et des clients',
    help: 'Les sons sont copiés sur ce poste après le démarrage, sans gêner le travail. Quand tout est prêt, ils marchent sans réseau.',
    none: 'Ce contenu n’a pas de sons enregistrés. Le poste lit le texte avec sa propre voix, s’il en a une.',
    ready: (n: number, total: number) => `${n} sur ${total} sons prêts sur ce poste`,
    size: (ready: string, total: string) => `${ready} sur ${total}`,
    complete: 'Tous les sons sont sur ce poste.',
    filling: 'Copie en cours…',
    failed: (n: number) => `${n} son(s) n’ont pas pu être copiés. Ils seront repris au prochain démarrage.`,
    again: 'Reprendre la copie',
  },
};
