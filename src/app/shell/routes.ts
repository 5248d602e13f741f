/** Every screen's hash path. `:name` segments become params. Add a screen here and in screens.ts. */
const ROUTES = {
  home: '/',
  programme: '/programme',
  module: '/module/:id',
  lesson: '/lesson/:id',
  content: '/content',
  quiz: '/quiz/:id',
  placement: '/placement',
  roleplay: '/roleplay/:id',
  written: '/written/:id',
  review: '/review',
  micro: '/micro',
  glossary: '/lexique',
  glossaryEntry: '/lexique/:slug',
  exam: '/examen',
  examSection: '/examen/:id',
  examCall: '/examen/:id/appel/:roleplay',
  staff: '/staff',
  selfAssessment: '/auto-evaluation',
  trainer: '/formateur',
  trainerLearner: '/formateur/apprenant/:id',
  trainerBilan: '/formateur/bilan/:id',
  trainerClassReport: '/formateur/rapports',
  trainerLearnerReport: '/formateur/stagiaire/:id/rapport',
  trainerScoreRun: '/formateur/stagiaire/:id/jeu/:roleplay/:run',
  trainerScoreLive: '/formateur/stagiaire/:id/jeu-en-classe',
  trainerWritten: '/formateur/stagiaire/:id/ecrits',
  trainerScoreWritten: '/formateur/stagiaire/:id/ecrit/:item/:attempt',
  trainerEcf: '/formateur/stagiaire/:id/ecf',
  trainerDp: '/formateur/stagiaire/:id/dossier-professionnel',
  trainerExams: '/formateur/stagiaire/:id/examens',
  trainerExam: '/formateur/stagiaire/:id/examen/:exam',
  trainerRecord: '/formateur/dossier-transfert',
  trainerAuthoring: '/formateur/modules',
  trainerSheets: '/formateur/fiches',
  trainerSheet: '/formateur/fiches/:id',
  trainerAuthoringModule: '/formateur/modules/:id',
} as const;

export type RouteName = keyof typeof ROUTES;

/** The screens behind the staff PIN: moving between them keeps the staff area open, leaving them closes it. */
const STAFF_ROUTES: ReadonlySet<RouteName | 'not-found'> = new Set<RouteName>(['staff', 'content']);

export function isStaffRoute(name: RouteName | 'not-found'): boolean {
  return STAFF_ROUTES.has(name);
}
export interface Route {
  name: RouteName | 'not-found';
  params: Record<string, string>;
}

const compiled = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, pattern]) => {
  const keys: string[] = [];
  const source = pattern.replace(/:([a-zA-Z]+)/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { name, keys, regex: new RegExp(`^${source}/?$`) };
});

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  for (const r of compiled) {
    const m = r.regex.exec(path);
    if (m) {
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1] ?? '')));
      return { name: r.name, params };
    }
  }
  return { name: 'not-found', params: {} };
}

export function href(name: RouteName, params: Record<string, string> = {}): string {
  return `#${ROUTES[name].replace(/:([a-zA-Z]+)/g, (_m, key: string) => encodeURIComponent(params[key] ?? ''))}`;
}
