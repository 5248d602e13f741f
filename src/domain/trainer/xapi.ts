import type { ProgressEvent } from '../records/progress-event.schema';
import type { RoleplayScoreDoc } from '../records/trainer-work.schema';

/** ADL verbs (xAPI 1.0.3 / IEEE 9274.1.1), by IRI. */
export const VERBS = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'fr-FR': 'a terminé', 'en-US': 'completed' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu', 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'fr-FR': 'a réussi', 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'fr-FR': 'a échoué', 'en-US': 'failed' } },
} as const;

const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name?: Record<string, string> } };
  result?: { success?: boolean; completion?: boolean; score?: { scaled: number }; response?: string };
  context: { platform: string; language: string; extensions?: Record<string, unknown> };
  /** When it happened: the original event's time. `stored` is the LRS's to set, never ours. */
  timestamp: string;
}

interface XapiOptions {
  /** The site's home page that names the accounts (an IRL of the training body). */
  homePage: string;
  /** Base IRI of the activities (content ids are appended). */
  activityBase: string;
  /** Titles of content ids, when known. */
  titles?: ReadonlyMap<string, string>;
}

const EXT_EVENT = 'https://relais.example/xapi/event-id';
const EXT_TRAINER = 'https://relais.example/xapi/trainer-score';

/** UUID v5 (RFC 4122, SHA-1) of a name: the same event always gives the same statement id. */
async function uuidV5(name: string): Promise<string> {
  // Namespace: the RFC's URL namespace (6ba7b811-…).
  const ns = Uint8Array.from('6ba7b8119dad11d180b400c04fd430c8'.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  const bytes = new Uint8Array([...ns, ...new TextEncoder().encode(name)]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** xAPI statements of a learner's events and trainer scores. Events that say nothing to an LRS are left out. */
export async function xapiStatements(
  events: readonly ProgressEvent[],
  scores: readonly RoleplayScoreDoc[],
  o: XapiOptions,
): Promise<XapiStatement[]> {
  const activity = (kind: keyof typeof ACTIVITY_TYPES, id: string): XapiStatement['object'] => {
    const title = o.titles?.get(id);
    return {
      objectType: 'Activity',
      id: `${o.activityBase}/${kind}/${encodeURIComponent(id)}`,
      definition: { type: ACTIVITY_TYPES[kind], ...(title ? { name: { 'fr-FR': title } } : {}) },
    };
  };
  const out: XapiStatement[] = [];
  const push = async (
    sourceId: string,
    learnerId: string,
    at: string,
    verb: keyof typeof VERBS,
    object: XapiStatement['object'],
    result?: XapiStatement['result'],
    extensions: Record<string, unknown> = {},
  ) => {
    out.push({
      id: await uuidV5(sourceId),
      actor: { objectType: 'Agent', account: { homePage: o.homePage, name: learnerId } },
      verb: VERBS[verb],
      object,
      ...(result ? { result } : {}),
      context: { platform: 'Relais', language: 'fr-FR', extensions: { [EXT_EVENT]: sourceId, ...extensions } },
      timestamp: at,
    });
  };
  for (const e of events) {
    switch (e.name) {
      case 'lesson.completed':
        await push(e._id, e.learnerId, e.at, 'completed', activity('lesson', e.data.lessonId), { completion: true });
        break;
      case 'quiz.answered':
        await push(e._id, e.learnerId, e.at, 'answered', activity('question', e.data.itemId), {
          success: e.data.correct,
          response: JSON.stringify(e.data.answer),
        });
        break;
      case 'quiz.submitted':
        await push(e._id, e.learnerId, e.at, e.data.passed ? 'passed' : 'failed', activity('assessment', e.data.quizId), {
          success: e.data.passed,
          completion: true,
          score: { scaled: e.data.score },
        });
        break;
      case 'placement.submitted':
        await push(e._id, e.learnerId, e.at, 'completed', activity('assessment', e.data.placementId), {
          completion: true,
          score: { scaled: e.data.score },
        });
        break;
      case 'roleplay.finished':
        await push(e._id, e.learnerId, e.at, e.data.passed ? 'passed' : 'failed', activity('simulation', e.data.roleplayId), {
          success: e.data.passed,
          completion: true,
          score: { scaled: e.data.ratio },
        });
        break;
      default:
        break;
    }
  }
  for (const s of scores) {
    const object =
      s.source.kind === 'run'
        ? activity('simulation', s.source.roleplayId)
        : s.source.kind === 'written'
          ? activity('question', s.source.itemId)
          : activity('simulation', `live/${s.scoreId}`);
    await push(
      `${s._id}@v${s.version}`,
      s.learnerId,
      s.at,
      s.passed ? 'passed' : 'failed',
      object,
      { success: s.passed, score: { scaled: s.ratio } },
      { [EXT_TRAINER]: s.signedBy },
    );
  }
  return out.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}
