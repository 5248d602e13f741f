/**
 * What a refusal means for staff, read from the reason the server gives (sync-server/SPEC.md, section W)
 * or the terminal's own check of a pulled trainer document ([W17]). Each kind has one plain sentence
 * with what to do (src/i18n/fr/sync-report.ts).
 */
export type RefusalKind =
  | 'national-content'
  | 'unknown-learner'
  | 'unknown-trainer-key'
  | 'bad-signature'
  | 'unsigned'
  | 'version-conflict'
  | 'other-device'
  | 'altered'
  | 'too-large'
  | 'server-storage'
  | 'invalid'
  | 'other';

/** Server reasons are French sentences; the terminal's check gives a code. Tested patterns, first match wins. */
const PATTERNS: [RegExp, RefusalKind][] = [
  [/contenu national/i, 'national-content'],
  [/apprenant inconnu/i, 'unknown-learner'],
  [/clé de formateur non enregistrée|^unknown-key$|^other-site$/i, 'unknown-trainer-key'],
  [/signature invalide|^bad-signature$/i, 'bad-signature'],
  [/non signé|^unsigned$/i, 'unsigned'],
  [/version|^not-successor$/i, 'version-conflict'],
  [/autre poste|autre site|seul un poste formateur|clés de formateur s’enregistrent/i, 'other-device'],
  [/ne se modifie pas|historique de révisions|suppression interdite|reçu d’un événement/i, 'altered'],
  [/_id manquant|_id must be|identifiant réservé|documents de conception|documents _local|nombre non fini|not an object/i, 'invalid'],
  [/trop gros|trop profonde/i, 'too-large'],
  [/écriture refusée par la base/i, 'server-storage'],
  [/champ|attendu|invalid|expected|manquant|schéma|schema|type|double|n’est pas un objet/i, 'invalid'],
];

export function refusalKind(reason: string): RefusalKind {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(reason)) return kind;
  return 'other';
}
