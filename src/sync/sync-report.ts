import type { EventName, ProgressEvent } from '../domain/records/progress-event.schema';
import { refusalKind, type RefusalKind } from './refusal-kind';
import type { Denied, PulledRecords } from './sync-ports';

/** What a learner's work counts in a sync summary: acts that mean something to staff, not every step. */
export type WorkKind = 'lessons' | 'quizzes' | 'roleplays' | 'reviews' | 'placement' | 'sessions';
export type WorkCounts = Partial<Record<WorkKind, number>>;

const WORK_OF: Partial<Record<EventName, WorkKind>> = {
  'lesson.completed': 'lessons',
  'quiz.submitted': 'quizzes',
  'roleplay.finished': 'roleplays',
  'review.rated': 'reviews',
  'placement.submitted': 'placement',
  'selfassessment.recorded': 'placement',
  'session.started': 'sessions',
};

/** A trainer's documents, as staff name them. */
export type TrainerDocKind = 'learner' | 'bilan' | 'assessment' | 'group' | 'roleplay-score' | 'ecf' | 'dp-selection';
export type TrainerDocCounts = Partial<Record<TrainerDocKind, number>>;

/** `firstName` is null for a learner this terminal does not know (yet). */
export interface LearnerWork {
  learnerId: string;
  firstName: string | null;
  work: WorkCounts;
  /** Every event, the steps inside a quiz or a call included. */
  events: number;
}

/** Why a terminal receives another terminal's work: today, one reason. */
export type OthersWorkReason = 'continue-here';

export interface ReportRefusal {
  id: string;
  /** The server's (or the terminal's check's) own words, for the administrator. */
  reason: string;
  kind: RefusalKind;
  learnerId?: string;
  firstName?: string | null;
  /** What the refused document was: a kind of work, or a trainer document. */
  what?: WorkKind | TrainerDocKind | 'step' | 'content';
}

export interface ContentChange {
  /** The first 12 characters of the pack hash, as the content screen shows it. */
  version: string;
  builtAt: string;
  modules: { id: string; title: string; publishedAt?: string; change: 'new' | 'updated' }[];
}

/** What a sync run sent, received and had refused, said by learner and by kind; kept in the run history. */
export interface SyncReport {
  sent: LearnerWork[];
  sentTrainerDocs: TrainerDocCounts;
  learners: { learnerId: string; firstName: string; change: 'new' | 'changed' }[];
  othersWork: (LearnerWork & { reason: OthersWorkReason })[];
  trainerDocs: { learnerId: string; firstName: string | null; docs: TrainerDocCounts }[];
  groups: number;
  content?: ContentChange;
  refusals: ReportRefusal[];
  /** Refusals beyond the ones kept (a run history stays small). */
  moreRefusals: number;
}

export interface HeldLearner {
  firstName: string;
  version?: number;
}

/** The new pack a run installed, with its modules' publication dates and what was installed before. */
export interface InstalledContent {
  hash: string;
  builtAt: string;
  modules: { id: string; title: string; publishedAt?: string }[];
  previousModuleIds: readonly string[];
  /** The last successful sync before this one: a module published after it is an update. */
  since?: string;
}

export interface SyncReportInput {
  /** This terminal's outbox events that went up in the push (refused ones included). */
  pushedEvents: readonly ProgressEvent[];
  pushedSigned: readonly Record<string, unknown>[];
  denied: readonly Denied[];
  pulled: Required<PulledRecords>;
  /** Pulled trainer documents that did not verify here. */
  ignored: readonly Denied[];
  /** Learners this terminal held before the pull, by learner id. */
  heldLearners: ReadonlyMap<string, HeldLearner>;
  content?: InstalledContent;
}

const MAX_REFUSALS = 100;

export function buildSyncReport(input: SyncReportInput): SyncReport {
  const { pulled, heldLearners } = input;
  const names = new Map<string, string>();
  for (const [id, l] of heldLearners) names.set(id, l.firstName);
  for (const l of pulled.learners) names.set(l.learnerId, l.firstName);
  const nameOf = (id: string) => names.get(id) ?? null;

  const deniedIds = new Set(input.denied.map((d) => d.id));
  const accepted = input.pushedEvents.filter((e) => !deniedIds.has(e._id));
  const sentTrainerDocs: TrainerDocCounts = {};
  for (const d of input.pushedSigned) {
    const kind = trainerDocKind(d.type);
    if (kind && !deniedIds.has(String(d._id))) sentTrainerDocs[kind] = (sentTrainerDocs[kind] ?? 0) + 1;
  }

  const learners: SyncReport['learners'] = [];
  for (const l of pulled.learners) {
    const held = heldLearners.get(l.learnerId);
    if (!held) learners.push({ learnerId: l.learnerId, firstName: l.firstName, change: 'new' });
    else if (held.version === undefined || l.version > held.version)
      learners.push({ learnerId: l.learnerId, firstName: l.firstName, change: 'changed' });
  }

  const trainerDocs = new Map<string, TrainerDocCounts>();
  const addDoc = (learnerId: string, kind: TrainerDocKind) => {
    const docs = trainerDocs.get(learnerId) ?? {};
    docs[kind] = (docs[kind] ?? 0) + 1;
    trainerDocs.set(learnerId, docs);
  };
  for (const b of pulled.bilans) addDoc(b.learnerId, 'bilan');
  for (const a of pulled.assessments) addDoc(a.learnerId, 'assessment');
  for (const w of pulled.trainerWork) addDoc(w.learnerId, w.type);

  const pushedById = new Map<string, { learnerId?: string; what?: ReportRefusal['what'] }>();
  for (const e of input.pushedEvents) pushedById.set(e._id, { learnerId: e.learnerId, what: WORK_OF[e.name] ?? 'step' });
  for (const d of input.pushedSigned) {
    const learnerId = typeof d.learnerId === 'string' ? d.learnerId : undefined;
    pushedById.set(String(d._id), { learnerId, what: trainerDocKind(d.type) });
  }
  const all = [...input.denied, ...input.ignored];
  const refusals = all.slice(0, MAX_REFUSALS).map((d): ReportRefusal => {
    const about = pushedById.get(d.id);
    const r: ReportRefusal = { id: d.id, reason: d.reason, kind: refusalKind(d.reason) };
    if (about?.learnerId) {
      r.learnerId = about.learnerId;
      r.firstName = nameOf(about.learnerId);
    }
    // A pulled document this terminal ignored: its id says what it is (`learner:…`, `bilan:…`).
    const what = about?.what ?? (isNationalId(d.id) ? 'content' : trainerDocKind(d.id.split(':')[0]));
    if (what) r.what = what;
    return r;
  });

  const report: SyncReport = {
    sent: byLearner(accepted, nameOf),
    sentTrainerDocs,
    learners,
    othersWork: byLearner(pulled.events, nameOf).map((w) => ({ ...w, reason: 'continue-here' as const })),
    trainerDocs: [...trainerDocs].map(([learnerId, docs]) => ({ learnerId, firstName: nameOf(learnerId), docs })).sort(byName),
    groups: pulled.groups.length,
    refusals,
    moreRefusals: Math.max(0, all.length - MAX_REFUSALS),
  };
  if (input.content) report.content = contentChange(input.content);
  return report;
}

function byLearner(events: readonly ProgressEvent[], nameOf: (id: string) => string | null): LearnerWork[] {
  const out = new Map<string, LearnerWork>();
  for (const e of events) {
    let w = out.get(e.learnerId);
    if (!w) {
      w = { learnerId: e.learnerId, firstName: nameOf(e.learnerId), work: {}, events: 0 };
      out.set(e.learnerId, w);
    }
    w.events++;
    const kind = WORK_OF[e.name];
    if (kind) w.work[kind] = (w.work[kind] ?? 0) + 1;
  }
  return [...out.values()].sort(byName);
}

const byName = (a: { firstName: string | null; learnerId: string }, b: { firstName: string | null; learnerId: string }) =>
  (a.firstName ?? a.learnerId).localeCompare(b.firstName ?? b.learnerId, 'fr');

/** A national content document ([W25]): a module of the programme, or the programme. */
const isNationalId = (id: string) => id === 'programme' || id.startsWith('module:');

function trainerDocKind(type: unknown): TrainerDocKind | undefined {
  switch (type) {
    case 'learner':
    case 'bilan':
    case 'assessment':
    case 'group':
    case 'roleplay-score':
    case 'ecf':
    case 'dp-selection':
      return type;
    default:
      return undefined;
  }
}

function contentChange(c: InstalledContent): ContentChange {
  const before = new Set(c.previousModuleIds);
  const since = c.since ? Date.parse(c.since) : undefined;
  const modules: ContentChange['modules'] = [];
  for (const m of c.modules) {
    if (!before.has(m.id)) modules.push({ ...m, change: 'new' });
    // Without an earlier sync, or without a date, an installed module may have changed: it is listed.
    else if (since === undefined || !m.publishedAt || Date.parse(m.publishedAt) > since) modules.push({ ...m, change: 'updated' });
  }
  return { version: c.hash.slice(0, 12), builtAt: c.builtAt, modules };
}

/** Each published module's date, read from the content database's documents (unchecked here: dates only). */
export function publishedAtOf(docs: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) {
    const doc = d as { type?: unknown; publishedAt?: unknown; module?: { id?: unknown } } | null;
    if (doc?.type === 'content-module' && typeof doc.publishedAt === 'string' && typeof doc.module?.id === 'string') {
      out.set(doc.module.id, doc.publishedAt);
    }
  }
  return out;
}
