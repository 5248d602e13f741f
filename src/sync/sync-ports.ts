import type { AssessmentDoc, TrainerKeyDoc } from '../domain/records/assessment.schema';
import type { HeldNational } from '../domain/sync/national-content';
import type { SignedDoc } from '../domain/sync/signed-doc';
import type { ContentSiteModuleDoc } from '../domain/sync/site-content';
import type { BilanDoc, GroupDoc } from '../domain/trainer/bilan.schema';
import type { TrainerWorkDoc } from '../domain/records/trainer-work.schema';
import type { LearnerDoc } from '../domain/records/learner.schema';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { HeldLearner, SyncReport } from './sync-report';

/** What the sync service needs from the terminal's PouchDB replica; src/storage/pouch-replica.ts implements it. */
export interface Denied {
  id: string;
  reason: string;
  /** The refused version, when several versions of one document were pushed in a run (site modules). */
  version?: number;
}

export interface LocalReplica {
  /** Copies outbox events into the local replica; ones already there are left as they are. */
  stage(docs: Record<string, unknown>[]): Promise<void>;
  /** Copies trainer-signed documents into the local replica as the new revision of their id. */
  stageSigned(docs: Record<string, unknown>[]): Promise<void>;
  push(onProgress: (written: number) => void): Promise<{ written: number; denied: Denied[] }>;
  pull(onProgress: (written: number) => void): Promise<{ written: number }>;
  /** Site documents changed locally since `seq` (pulled ones included). */
  changedSince(seq: number): Promise<{ docs: Record<string, unknown>[]; lastSeq: number }>;
  /** The server's clock (its HTTP `Date` header), in ms, to tell staff when this terminal's clock is off. */
  serverNow(): Promise<number | undefined>;
  /** The site's trainer-key documents held by the replica (all of them, not only the changed ones). */
  trainerKeys(): Promise<Record<string, unknown>[]>;
  /** The documents with `_rev` and `_revisions`, as a push would send them. */
  withRevisions(ids: string[]): Promise<Record<string, unknown>[]>;
  /**
   * Pushes a trainer device's published site modules into `content` ([W21]), several versions of one
   * module oldest first, each in its own replication ([W16]: the server takes only the next version).
   */
  pushContent(docs: Record<string, unknown>[]): Promise<{ denied: Denied[] }>;
  pullContent(onProgress: (written: number) => void): Promise<{ written: number }>;
  contentDocs(): Promise<unknown[]>;
  close(): Promise<void>;
}

export interface ReplicaTarget {
  baseUrl: string;
  siteId: string;
  deviceId: string;
  credential: string;
}

/** What a sync run can fail on that staff can act on; 'unexpected' is a bug, with its detail. */
type SyncFailureKind = 'unauthorized' | 'unavailable' | 'network' | 'quota' | 'content';

/** A failure of the replication, by what the staff can do about it. */
export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncFailure';
  }
}

/** The expected failure an error stands for, or undefined when it is not one (a bug). */
export function failureOf(e: unknown): SyncFailure | undefined {
  if (e instanceof SyncFailure) return e;
  const err = (e ?? {}) as { status?: number; name?: string; message?: string; error?: string };
  const text = e instanceof Error ? e.message : JSON.stringify(e);
  if (err.status === 401 || err.status === 403) return new SyncFailure('unauthorized', text);
  if (err.status === 503 || err.status === 429 || err.status === 502 || err.status === 504) return new SyncFailure('unavailable', text);
  if (err.name === 'QuotaExceededError' || err.status === 507) return new SyncFailure('quota', text);
  // fetch() rejects with a TypeError when the server cannot be reached; PouchDB wraps it without a status.
  if (
    e instanceof TypeError ||
    /fetch|network|ECONN|socket|timed? ?out/i.test(`${err.message ?? ''} ${err.error ?? ''}`) ||
    err.status === 0
  ) {
    return new SyncFailure('network', text);
  }
  return undefined;
}

/** What a pull brings down for this site: learners, other terminals' events, trainers' assessments. */
export interface PulledRecords {
  learners: LearnerDoc[];
  events: ProgressEvent[];
  assessments: AssessmentDoc[];
  bilans?: BilanDoc[];
  groups?: GroupDoc[];
  /** Trainers' role-play scores, ECFs and DP selections. */
  trainerWork?: TrainerWorkDoc[];
  trainerKeys?: TrainerKeyDoc[];
}

/** What a finished (or failed) sync run reports, kept in `syncRuns`. */
export interface SyncSummary {
  ok: boolean;
  sent: number;
  received: number;
  refused: { id: string; reason: string }[];
  /** Pulled trainer documents this terminal did not keep: they did not verify against the site's keys. */
  ignored?: { id: string; reason: string }[];
  contentInstalled: boolean;
  /** `app-code`: the sync's own code could not load (the app not all on this terminal, the server gone). */
  failure?: SyncFailureKind | 'app-code' | 'unexpected';
  /** This terminal's clock minus the server's, measured at the start of the run. */
  clockSkewMs?: number;
  /** For an unexpected failure: what went wrong, for the error report. */
  detail?: string;
  /** What and whose: the work sent and received by learner, trainer documents, content, refusals in plain words. */
  report?: SyncReport;
}

/** The Dexie side, as the sync run sees it (SyncRepository implements it). */
export interface SyncStorePort {
  pendingEvents(siteId: string): Promise<ProgressEvent[]>;
  markSynced(ids: string[]): Promise<void>;
  markRefused(ids: string[]): Promise<void>;
  pullSeq(): Promise<number>;
  savePulled(pulled: PulledRecords, seq: number): Promise<void>;
  /** Trainer-signed documents written on this terminal and not yet pushed. */
  pendingSigned(siteId: string): Promise<Record<string, unknown>[]>;
  markSignedSynced(ids: string[]): Promise<void>;
  markSignedRefused(ids: string[]): Promise<void>;
  /** The site's registered trainer keys already on this terminal, by key id. */
  trainerKeys(): Promise<Map<string, TrainerKeyDoc>>;
  /** The stored version of a signed document (learner, bilan, group), if any. */
  storedSigned(id: string): Promise<SignedDoc | undefined>;
  /** The learners of these ids this terminal holds (first name and signed version), for the run's report. */
  heldLearners(ids: string[]): Promise<Map<string, HeldLearner>>;
  /** The site's own modules as published (verified): the trainer space's versions and history read them. */
  saveSiteModules(docs: ContentSiteModuleDoc[]): Promise<void>;
  /** [W25] The version and signature of each national content document installed here. */
  heldNational(): Promise<HeldNational>;
  saveHeldNational(held: HeldNational): Promise<void>;
}
