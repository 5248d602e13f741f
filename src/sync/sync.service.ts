import type { ContentPack } from '../domain/content/pack.schema';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import { checkSiteRecord } from '../domain/records/record-validate';
import { assemblePack } from '../domain/sync/content-docs';
import type { EnrolResponse } from '../domain/sync/device.schema';
import { BUNDLE_FORMAT, BUNDLE_KIND, signBundle, type EventBundle } from '../domain/sync/event-bundle';
import type { PulledRecords, SyncSummary } from '../storage/sync.repository';
import { failureOf, SyncFailure, type LocalReplica, type ReplicaTarget } from './sync-ports';

export type SyncPhase = 'push' | 'pull' | 'content' | 'install';
export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

/** The Dexie side, as the service sees it (SyncRepository implements it). */
export interface SyncStorePort {
  pendingEvents(siteId: string): Promise<ProgressEvent[]>;
  markSynced(ids: string[]): Promise<void>;
  markRefused(ids: string[]): Promise<void>;
  pullSeq(): Promise<number>;
  savePulled(pulled: PulledRecords, seq: number): Promise<void>;
}

export interface SyncDeps {
  store: SyncStorePort;
  openReplica(target: ReplicaTarget): Promise<LocalReplica>;
  /** The same safe import as a pack file. */
  installPack(pack: ContentPack): Promise<{ ok: boolean; status?: string }>;
  activeContentHash(): string | undefined;
  baseUrl: string;
}

const COUCH_FIELDS = ['_rev', '_revisions', '_conflicts', '_deleted'];
const plain = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([k]) => !COUCH_FIELDS.includes(k)));

/**
 * One sync run: push this site's pending events, pull learners and other terminals' events,
 * pull the published content and install it if it changed. Events are marked synced only once the
 * server has them; a run that fails part-way is simply run again.
 */
export async function runSync(deps: SyncDeps, enrolment: EnrolResponse, onProgress: (p: SyncProgress) => void): Promise<SyncSummary> {
  const summary: SyncSummary = { ok: false, sent: 0, received: 0, refused: [], contentInstalled: false };
  let replica: LocalReplica | undefined;
  try {
    replica = await deps.openReplica({ baseUrl: deps.baseUrl, siteId: enrolment.siteId, deviceId: enrolment.deviceId, credential: enrolment.credential });
    const pending = await deps.store.pendingEvents(enrolment.siteId);
    onProgress({ phase: 'push', done: 0, total: pending.length });
    await replica.stage(pending as unknown as Record<string, unknown>[]);
    const pushed = await replica.push((written) => onProgress({ phase: 'push', done: written, total: pending.length }));
    summary.refused = pushed.denied;
    const deniedIds = new Set(pushed.denied.map((d) => d.id));
    const accepted = pending.map((e) => e._id).filter((id) => !deniedIds.has(id));
    await deps.store.markSynced(accepted);
    await deps.store.markRefused([...deniedIds]);
    summary.sent = accepted.length;

    onProgress({ phase: 'pull', done: 0, total: 0 });
    await replica.pull((written) => onProgress({ phase: 'pull', done: written, total: 0 }));
    const changed = await replica.changedSince(await deps.store.pullSeq());
    const pulled: PulledRecords = { learners: [], events: [], assessments: [], trainerWork: [], trainerKeys: [] };
    for (const doc of changed.docs) {
      if (doc._deleted) continue;
      const checked = checkSiteRecord(plain(doc));
      if (!checked.ok) continue; // the server validated it; a newer schema this terminal cannot read waits for an update
      const r = checked.record;
      if (r.type === 'learner') pulled.learners.push(r);
      else if (r.type === 'event' && r.deviceId !== enrolment.deviceId) pulled.events.push(r);
      else if (r.type === 'assessment') pulled.assessments.push(r);
      else if (r.type === 'roleplay-score' || r.type === 'ecf' || r.type === 'dp-selection') pulled.trainerWork?.push(r);
      else if (r.type === 'trainer-key') pulled.trainerKeys?.push(r);
    }
    await deps.store.savePulled(pulled, changed.lastSeq);
    summary.received = pulled.learners.length + pulled.events.length + pulled.assessments.length + (pulled.trainerWork?.length ?? 0);

    onProgress({ phase: 'content', done: 0, total: 0 });
    await replica.pullContent((written) => onProgress({ phase: 'content', done: written, total: 0 }));
    const assembled = await assemblePack(await replica.contentDocs());
    if (assembled.ok && assembled.pack.hash !== deps.activeContentHash()) {
      onProgress({ phase: 'install', done: 0, total: 0 });
      const installed = await deps.installPack(assembled.pack);
      if (!installed.ok) throw new SyncFailure('content', 'pack refused');
      summary.contentInstalled = installed.status === 'imported';
    } else if (!assembled.ok && assembled.reason === 'missing-modules') {
      throw new SyncFailure('content', `missing ${assembled.missing.join(', ')}`);
    }
    summary.ok = true;
  } catch (e) {
    const failure = failureOf(e);
    summary.failure = failure.kind;
  } finally {
    await replica?.close().catch(() => undefined);
  }
  return summary;
}

export type EnrolResult = { ok: true; enrolment: EnrolResponse } | { ok: false; reason: 'invalid-code' | 'expired-code' | 'used-code' | 'device-taken' | 'locked' | 'network' | 'server' };

export async function enrolTerminal(baseUrl: string, code: string, deviceId: string): Promise<EnrolResult> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl.replace(/\/$/, '')}/sync/_enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.trim().toUpperCase(), deviceId }),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string } & Partial<EnrolResponse>;
  if (res.ok && body.credential) return { ok: true, enrolment: body as EnrolResponse };
  if (res.status === 429) return { ok: false, reason: 'locked' };
  if (body.error === 'invalid-code' || body.error === 'expired-code' || body.error === 'used-code' || body.error === 'device-taken') return { ok: false, reason: body.error };
  if (res.status === 400) return { ok: false, reason: 'invalid-code' };
  return { ok: false, reason: 'server' };
}

/** The pending events as a signed bundle file (src/domain/sync/event-bundle.ts), with the revisions a push would send. */
export async function exportBundle(deps: SyncDeps, enrolment: EnrolResponse): Promise<EventBundle> {
  const replica = await deps.openReplica({ baseUrl: deps.baseUrl, siteId: enrolment.siteId, deviceId: enrolment.deviceId, credential: enrolment.credential });
  try {
    const pending = await deps.store.pendingEvents(enrolment.siteId);
    await replica.stage(pending as unknown as Record<string, unknown>[]);
    const events = await replica.withRevisions(pending.map((e) => e._id));
    return signBundle(
      { kind: BUNDLE_KIND, format: BUNDLE_FORMAT, siteId: enrolment.siteId, deviceId: enrolment.deviceId, createdAt: new Date().toISOString(), events },
      enrolment.credential,
    );
  } finally {
    await replica.close().catch(() => undefined);
  }
}
