import Dexie, { type Table } from 'dexie';
import type { Lesson, ModuleBundle } from '../domain/content/module.schema';
import type { Placement } from '../domain/content/pack.schema';
import type { Programme } from '../domain/content/programme.schema';
import type { QuizItem } from '../domain/content/quiz.schema';
import type { Roleplay } from '../domain/content/roleplay.schema';
import type { TrainerSheet } from '../domain/content/teaching-sheet.schema';
import type { AssessmentDoc, TrainerKeyDoc } from '../domain/records/assessment.schema';
import type { LearnerDoc } from '../domain/records/learner.schema';
import { eventOnceKey } from '../domain/records/event-once';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { TrainerWorkDoc } from '../domain/records/trainer-work.schema';
import { signedOutboxKey } from '../domain/sync/signed-outbox-key';
import type { ContentSiteModuleDoc } from '../domain/sync/site-content';
import type { BilanDoc, GroupDoc } from '../domain/trainer/bilan.schema';
import type { TrainerVault } from '../domain/trainer/trainer-vault';
import type { ExamSection } from '../domain/exam/exam.schema';
import type { VoiceMeasures } from '../domain/voice/types';

/** Content rows carry the hash of the pack they came from; readers only see the active pack. */
type PackScoped<T> = T & { packHash: string };

export type ModuleRow = PackScoped<
  Omit<ModuleBundle, 'lessons' | 'items' | 'roleplays' | 'trainerSheet'> & { lessonIds: string[]; roleplayIds: string[] }
>;
/** A module's trainer sheet, apart from the module row that every learner screen reads. */
export type TrainerSheetRow = { packHash: string; moduleId: string; sheet: TrainerSheet };
export type LessonRow = PackScoped<Lesson>;
export type QuizItemRow = PackScoped<QuizItem & { moduleId: string }>;
export type RoleplayRow = PackScoped<Roleplay>;

/** One imported (or importing) pack. `staging` rows are invisible until the pack becomes active. */
interface PackRow {
  hash: string;
  status: 'staging' | 'active' | 'retired';
  builtAt: string;
  importedAt?: string;
  programme: Programme;
  placement: Placement | null;
  /** The exam sections, kept whole with the pack (a few kB): no table, so no schema change. Absent before issue 14. */
  exam?: ExamSection[];
  rowCount: number;
}

interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A progress event in the outbox: `synced` is 0 until the server has it (1). A document the server
 * refused is kept with 2: never lost, never sent again by itself, counted apart for staff.
 */
type EventRow = ProgressEvent & { synced: 0 | 1 | 2; once?: string };

/** The event itself, without the row's local fields (what is validated, replayed and pushed). */
export function eventOfRow(row: ProgressEvent & { synced?: EventRow['synced']; once?: string }): ProgressEvent {
  const { synced: _synced, once: _once, ...event } = row;
  return event as ProgressEvent;
}

/** A row for the events table: the event, its sync flag, and its once-key where it has one. */
export function eventRow(event: ProgressEvent, synced: EventRow['synced']): EventRow {
  const once = eventOnceKey(event.learnerId, event.name, event.data);
  return once ? { ...event, synced, once } : { ...event, synced };
}

export interface SnapshotRow {
  learnerId: string;
  /** Seq of the last event folded into the snapshot. */
  throughSeq: number;
  eventCount: number;
  state: unknown;
}

/** Work in progress that is not an event yet: a quiz being answered, an ink state. */
interface DraftRow {
  key: string;
  learnerId: string;
  value: unknown;
  updatedAt: string;
}

interface ReviewCardRow {
  learnerId: string;
  itemId: string;
  due: number;
  card: unknown;
}

export interface SyncRunRow {
  id?: number;
  startedAt: string;
  finishedAt?: string;
  summary: unknown;
}

/** Stores of each released version. A released version is never edited: a change is a new version. */
export const STORES_V1 = {
  meta: '&key',
  packs: '&hash, status',
  modules: '&[packHash+id], packHash',
  lessons: '&[packHash+id], packHash, [packHash+moduleId]',
  quizItems: '&[packHash+id], packHash, [packHash+moduleId]',
  roleplays: '&[packHash+id], packHash, [packHash+moduleId]',
  learners: '&learnerId, siteId',
  events: '&_id, [learnerId+seq], synced',
  snapshots: '&learnerId',
  drafts: '&key, learnerId',
  reviewCards: '&[learnerId+itemId], learnerId, [learnerId+due]',
  syncRuns: '++id, startedAt',
};
/** 2: trainers' assessments (bilans) come down with the sync and feed the learner path. */
export const STORES_V2 = {
  assessments: '&_id, learnerId',
};
/**
 * 3: the trainer space — encrypted trainer keys of this device, the site's registered trainer keys
 * (to verify what is pulled and record files from other sites), bilans and groups, what trainers sign
 * beside them (role-play scores, ECFs, the Dossier Professionnel selection), and the outbox of
 * trainer-signed documents; and an event that may happen once (an answer to one item of one attempt…)
 * is found by its once-key.
 */
export const STORES_V3 = {
  events: '&_id, [learnerId+seq], synced, once',
  trainerWork: '&_id, learnerId, [learnerId+type]',
  trainerVaults: '&keyId',
  trainerKeys: '&keyId, siteId',
  bilans: '&_id, learnerId',
  groups: '&_id, siteId',
  signedOutbox: '&_id, synced',
};

/**
 * 4: quiz items are found by their key alone. A pack's items are one range of [packHash+id] and a quiz
 * reads its items by id, while the two secondary indexes nearly doubled the cost of each of the
 * thousands of writes of an import.
 */
export const STORES_V4 = {
  quizItems: '&[packHash+id]',
};

/**
 * 5: the site's own modules, every published version (signed), for the trainer space's history and
 * its check that a publish starts from the latest version. Module drafts live in `drafts`.
 */
export const STORES_V5 = {
  siteModules: '&[moduleId+version], moduleId',
};

/**
 * 6: no new index. A site module's versions wait in the outbox each under `<_id>@<version>`
 * (`signedOutboxKey`): a version still waiting under its bare `_id` is moved to its key.
 */
export const STORES_V6 = {
  signedOutbox: '&_id, synced',
};

/** 11: the modules' trainer sheets, in their own table so that the learners' module reads stay small. */
export const STORES_V11 = {
  trainerSheets: '&[packHash+moduleId], packHash',
};

/**
 * 12: the learners' voice recordings, kept on this terminal only (never synced, [W26]); found by
 * learner (newest first, for the quota), by age (for the retention purge) and by role-play run.
 */
export const STORES_V12 = {
  recordings: '&id, createdAt, [learnerId+createdAt], [learnerId+roleplayId+run]',
};

/** One voice recording of a learner (issue 12 §4): the audio stays on this terminal, only its measures sync. */
export interface RecordingRow {
  /** Random. */
  id: string;
  learnerId: string;
  kind: 'roleplay' | 'micro';
  /** An oral role-play answer. */
  roleplayId?: string;
  run?: number;
  step?: number;
  /** A micro drill's sentence. */
  sentenceId?: string;
  /** ISO date. */
  createdAt: string;
  mimeType: string;
  bytes: number;
  durationSeconds: number;
  audio: Blob;
  measures: VoiceMeasures;
  /** Set when a trainer has scored the run it belongs to. */
  reviewedAt?: string;
}

/** One published version of a site module (the signed `content-site-module` document). */
export interface SiteModuleRow {
  moduleId: string;
  version: number;
  doc: ContentSiteModuleDoc;
  /** 0 while this device's publish waits for the next sync, 1 once the server has it (or it came from there). */
  synced: 0 | 1;
}

/** A trainer-signed document waiting for the next push (0), pushed (1) or refused (2). */
interface SignedOutboxRow {
  _id: string;
  doc: Record<string, unknown>;
  synced: 0 | 1 | 2;
}

/** The app's IndexedDB. Each schema change adds a version with its upgrade step and a test. */
export class AppDb extends Dexie {
  meta!: Table<MetaRow, string>;
  packs!: Table<PackRow, string>;
  modules!: Table<ModuleRow, [string, string]>;
  lessons!: Table<LessonRow, [string, string]>;
  quizItems!: Table<QuizItemRow, [string, string]>;
  roleplays!: Table<RoleplayRow, [string, string]>;
  learners!: Table<LearnerDoc, string>;
  events!: Table<EventRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  drafts!: Table<DraftRow, string>;
  reviewCards!: Table<ReviewCardRow, [string, string]>;
  syncRuns!: Table<SyncRunRow, number>;
  assessments!: Table<AssessmentDoc, string>;
  trainerVaults!: Table<TrainerVault, string>;
  trainerKeys!: Table<TrainerKeyDoc, string>;
  bilans!: Table<BilanDoc, string>;
  groups!: Table<GroupDoc, string>;
  signedOutbox!: Table<SignedOutboxRow, string>;
  trainerWork!: Table<TrainerWorkDoc, string>;
  siteModules!: Table<SiteModuleRow, [string, number]>;
  trainerSheets!: Table<TrainerSheetRow, [string, string]>;
  recordings!: Table<RecordingRow, string>;

  constructor(name = 'relais') {
    // Strict: a write resolves only once it is on disk. Chrome's default has been "relaxed" since
    // version 121, and a classroom power cut must lose at most the answer being typed.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
    this.version(3)
      .stores(STORES_V3)
      .upgrade((tx) =>
        tx
          .table('events')
          .toCollection()
          .modify((row: EventRow) => {
            const once = eventOnceKey(row.learnerId, row.name, row.data);
            if (once) row.once = once;
          }),
      );
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5);
    this.version(6)
      .stores(STORES_V6)
      .upgrade(async (tx) => {
        const outbox = tx.table<SignedOutboxRow, string>('signedOutbox');
        const rows = await outbox.toArray();
        const moved = rows.filter((r) => signedOutboxKey(r.doc) !== r._id);
        await outbox.bulkDelete(moved.map((r) => r._id));
        await outbox.bulkPut(moved.map((r) => ({ ...r, _id: signedOutboxKey(r.doc) })));
      });
    this.version(11).stores(STORES_V11);
    this.version(12).stores(STORES_V12);
  }
}

export const CONTENT_TABLES = ['modules', 'lessons', 'quizItems', 'roleplays', 'trainerSheets'] as const;

/** Every content table is keyed by [packHash+id]: the bounds of one pack's rows. */
export const packKeyRange = (hash: string): [[string, number], [string, unknown]] => [
  [hash, Dexie.minKey],
  [hash, Dexie.maxKey],
];
