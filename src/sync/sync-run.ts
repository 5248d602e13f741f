import type { ContentPack } from '../domain/content/pack.schema';
import { checkSiteRecord } from '../domain/records/record-validate';
import { checkPulledSigned, isSigned } from '../domain/trainer/signed-records';
import { assemblePack } from '../domain/sync/content-docs';
import { heldNationalOf, keepNationalContent, operatorKeysOf } from '../domain/sync/national-content';
import { signedOutboxKey } from '../domain/sync/signed-outbox-key';
import { keepSiteModules, SITE_MODULE_TYPE } from '../domain/sync/site-content';
import { normaliseEnrolCode, type EnrolResponse } from '../domain/sync/device.schema';
import { BUNDLE_FORMAT, BUNDLE_KIND, signBundle, type EventBundle } from '../domain/sync/event-bundle';
import {
  failureOf,
  SyncFailure,
  type LocalReplica,
  type PulledRecords,
  type ReplicaTarget,
  type SyncStorePort,
  type SyncSummary,
} from './sync-ports';
import { buildSyncReport, publishedAtOf, type HeldLearner, type InstalledContent, type SyncReportInput } from './sync-report';

type SyncPhase = 'push' | 'pull' | 'content' | 'install';
export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export interface SyncDeps {
  store: SyncStorePort;
  openReplica(target: ReplicaTarget): Promise<LocalReplica>;
  /** The same safe import as a pack file. */
  installPack(pack: ContentPack): Promise<{ ok: boolean; status?: string }>;
  activeContentHash(): string | undefined;
  /** The modules installed before this run, to tell new modules from updated ones in the report. */
  installedModuleIds?(): string[];
  /** When the last successful sync ended: a module published after it counts as updated. */
  previousSyncAt?: string;
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
  // What the report is made of, filled as the run goes: a run that fails part-way reports what it did.
  let pushedPart: Pick<SyncReportInput, 'pushedEvents' | 'pushedSigned' | 'denied'> | undefined;
  let pulledPart: Required<PulledRecords> | undefined;
  const held = new Map<string, HeldLearner>();
  let installed: InstalledContent | undefined;
  try {
    replica = await deps.openReplica({
      baseUrl: deps.baseUrl,
      siteId: enrolment.siteId,
      deviceId: enrolment.deviceId,
      credential: enrolment.credential,
    });
    const serverNow = await replica.serverNow();
    if (serverNow !== undefined) summary.clockSkewMs = Date.now() - serverNow;
    const pending = await deps.store.pendingEvents(enrolment.siteId);
    const outbox = await deps.store.pendingSigned(enrolment.siteId);
    // A published site module goes to `content`; every other signed document to the site's database.
    const published = outbox.filter((d) => d.type === SITE_MODULE_TYPE);
    const signed = outbox.filter((d) => d.type !== SITE_MODULE_TYPE);
    const total = pending.length + signed.length;
    onProgress({ phase: 'push', done: 0, total });
    await replica.stage(pending as unknown as Record<string, unknown>[]);
    // Learners and groups get new versions under the same id: they replace the replica's copy.
    await replica.stageSigned(signed);
    const pushed = await replica.push((written) => onProgress({ phase: 'push', done: written, total }));
    summary.refused = pushed.denied;
    const deniedIds = new Set(pushed.denied.map((d) => d.id));
    const accepted = pending.map((e) => e._id).filter((id) => !deniedIds.has(id));
    const signedIds = signed.map((d) => String(d._id));
    await deps.store.markSynced(accepted);
    await deps.store.markRefused([...deniedIds].filter((id) => !signedIds.includes(id)));
    await deps.store.markSignedSynced(signedIds.filter((id) => !deniedIds.has(id)));
    await deps.store.markSignedRefused(signedIds.filter((id) => deniedIds.has(id)));
    summary.sent = accepted.length + signedIds.filter((id) => !deniedIds.has(id)).length;
    if (published.length) {
      // Each waiting version of a module is its own outbox entry; a refusal names the version it refused.
      const content = await replica.pushContent(published);
      const refusedContent = new Set(content.denied.map((d) => (d.version === undefined ? d.id : `${d.id}@${d.version}`)));
      const isRefused = (d: Record<string, unknown>) => refusedContent.has(String(d._id)) || refusedContent.has(signedOutboxKey(d));
      summary.refused.push(...content.denied.map(({ id, reason }) => ({ id, reason })));
      await deps.store.markSignedSynced(published.filter((d) => !isRefused(d)).map(signedOutboxKey));
      await deps.store.markSignedRefused(published.filter(isRefused).map(signedOutboxKey));
      summary.sent += published.filter((d) => !isRefused(d)).length;
    }
    pushedPart = { pushedEvents: pending, pushedSigned: signed, denied: pushed.denied };
    const pushedLearners = [...pending.map((e) => e.learnerId), ...signed.map((d) => d.learnerId)];
    for (const [id, l] of await deps.store.heldLearners(uniqueIds(pushedLearners))) held.set(id, l);

    onProgress({ phase: 'pull', done: 0, total: 0 });
    await replica.pull((written) => onProgress({ phase: 'pull', done: written, total: 0 }));
    const changed = await replica.changedSince(await deps.store.pullSeq());
    const pulled = {
      learners: [],
      events: [],
      assessments: [],
      bilans: [],
      groups: [],
      trainerWork: [],
      trainerKeys: [],
    } as Required<PulledRecords>;
    const records = [];
    for (const doc of changed.docs) {
      if (doc._deleted) continue;
      const checked = checkSiteRecord(plain(doc));
      if (!checked.ok) continue; // the server validated it; a newer schema this terminal cannot read waits for an update
      records.push(checked.record);
    }
    const keys = await deps.store.trainerKeys();
    // Every trainer key the replica holds counts, not only the ones that changed since the last pull.
    for (const d of await replica.trainerKeys()) {
      const k = checkSiteRecord(plain(d));
      if (k.ok && k.record.type === 'trainer-key' && k.record.siteId === enrolment.siteId) keys.set(k.record.keyId, k.record);
    }
    for (const r of records) {
      if (r.type !== 'trainer-key') continue;
      // Another site's key, made known here by the operator, only verifies that site's record files.
      if (r.siteId === enrolment.siteId) keys.set(r.keyId, r);
      pulled.trainerKeys.push(r);
    }
    // [W17] A trainer-signed document that does not verify here, or does not move forward, is ignored,
    // whatever the server said: the terminal is the last line.
    summary.ignored = [];
    for (const r of records) {
      if (isSigned(r)) {
        const check = await checkPulledSigned(r, keys, await deps.store.storedSigned(r._id));
        if (!check.ok) {
          summary.ignored.push({ id: r._id, reason: check.reason });
          continue;
        }
      }
      if (r.type === 'learner') pulled.learners.push(r);
      else if (r.type === 'event' && r.deviceId !== enrolment.deviceId) pulled.events.push(r);
      else if (r.type === 'assessment') pulled.assessments.push(r);
      else if (r.type === 'bilan') pulled.bilans.push(r);
      else if (r.type === 'group') pulled.groups.push(r);
      else if (r.type === 'roleplay-score' || r.type === 'ecf' || r.type === 'dp-selection') pulled.trainerWork.push(r);
    }
    // Read before the pull is saved: a learner not held yet is a new one.
    const pulledLearners = [
      ...pulled.learners.map((l) => l.learnerId),
      ...pulled.events.map((e) => e.learnerId),
      ...pulled.bilans.map((b) => b.learnerId),
      ...pulled.assessments.map((a) => a.learnerId),
      ...pulled.trainerWork.map((w) => w.learnerId),
    ];
    for (const [id, l] of await deps.store.heldLearners(uniqueIds(pulledLearners).filter((id) => !held.has(id)))) held.set(id, l);
    await deps.store.savePulled(pulled, changed.lastSeq);
    pulledPart = pulled;
    summary.received =
      pulled.learners.length +
      pulled.events.length +
      pulled.assessments.length +
      pulled.bilans.length +
      pulled.groups.length +
      pulled.trainerWork.length;

    onProgress({ phase: 'content', done: 0, total: 0 });
    await replica.pullContent((written) => onProgress({ phase: 'content', done: written, total: 0 }));
    const contentDocs = await replica.contentDocs();
    // [W21] The site's own modules install only when signed by a trainer key of this site.
    const own = await keepSiteModules(contentDocs, enrolment.siteId, keys);
    summary.ignored.push(...own.dropped);
    await deps.store.saveSiteModules(own.kept);
    // [W25] The national content installs only when every document verifies against the operator keys
    // of `content` and none goes back from what is installed; otherwise the installed content stays.
    const national = await keepNationalContent(contentDocs, operatorKeysOf(contentDocs), await deps.store.heldNational());
    summary.ignored.push(...national.dropped);
    const assembled = national.dropped.length ? undefined : await assemblePack(national.kept, own.kept);
    if (assembled?.ok && assembled.pack.hash !== deps.activeContentHash()) {
      onProgress({ phase: 'install', done: 0, total: 0 });
      const previousModuleIds = deps.installedModuleIds?.() ?? [];
      const outcome = await deps.installPack(assembled.pack);
      if (!outcome.ok) throw new SyncFailure('content', 'pack refused');
      await deps.store.saveHeldNational(heldNationalOf(national.kept));
      summary.contentInstalled = outcome.status === 'imported';
      if (summary.contentInstalled) {
        const published = publishedAtOf(national.kept);
        installed = {
          hash: assembled.pack.hash,
          builtAt: assembled.pack.builtAt,
          modules: assembled.pack.programme.moduleOrder.flatMap((id) => {
            const m = assembled.pack.modules.find((x) => x.id === id);
            return m ? [{ id: m.id, title: m.title, publishedAt: published.get(m.id) }] : [];
          }),
          previousModuleIds,
          since: deps.previousSyncAt,
        };
      }
    } else if (assembled?.ok) {
      await deps.store.saveHeldNational(heldNationalOf(national.kept));
    } else if (assembled && assembled.reason === 'missing-modules') {
      throw new SyncFailure('content', `missing ${assembled.missing.join(', ')}`);
    }
    summary.ok = true;
  } catch (e) {
    // Expected failures (server gone, device revoked, storage full, bad content) get their typed reason;
    // anything else is a bug, reported with its detail by the app's one error handler.
    const failure = failureOf(e);
    summary.failure = failure?.kind ?? 'unexpected';
    if (!failure) summary.detail = e instanceof Error ? `${e.name}: ${e.message}` : JSON.stringify(e);
  } finally {
    // biome-ignore lint/plugin: closing a replica that failed to open or sync must not hide the run's own outcome
    await replica?.close().catch(() => undefined);
  }
  if (pushedPart) {
    summary.report = buildSyncReport({
      ...pushedPart,
      pulled: pulledPart ?? { learners: [], events: [], assessments: [], bilans: [], groups: [], trainerWork: [], trainerKeys: [] },
      ignored: summary.ignored ?? [],
      heldLearners: held,
      content: installed,
    });
  }
  return summary;
}

const uniqueIds = (ids: unknown[]): string[] => [...new Set(ids.filter((id): id is string => typeof id === 'string'))];

export type EnrolResult =
  | { ok: true; enrolment: EnrolResponse }
  | { ok: false; reason: 'invalid-code' | 'expired-code' | 'used-code' | 'device-taken' | 'locked' | 'network' | 'server' };

export async function enrolTerminal(baseUrl: string, code: string, deviceId: string): Promise<EnrolResult> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl.replace(/\/$/, '')}/sync/_enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: normaliseEnrolCode(code), deviceId }),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string } & Partial<EnrolResponse>;
  if (res.ok && body.credential) return { ok: true, enrolment: body as EnrolResponse };
  if (res.status === 429) return { ok: false, reason: 'locked' };
  if (body.error === 'invalid-code' || body.error === 'expired-code' || body.error === 'used-code' || body.error === 'device-taken')
    return { ok: false, reason: body.error };
  if (res.status === 400) return { ok: false, reason: 'invalid-code' };
  return { ok: false, reason: 'server' };
}

/** The pending events as a signed bundle file (src/domain/sync/event-bundle.ts), with the revisions a push would send. */
export async function exportBundle(deps: SyncDeps, enrolment: EnrolResponse): Promise<EventBundle> {
  const replica = await deps.openReplica({
    baseUrl: deps.baseUrl,
    siteId: enrolment.siteId,
    deviceId: enrolment.deviceId,
    credential: enrolment.credential,
  });
  try {
    const pending = await deps.store.pendingEvents(enrolment.siteId);
    await replica.stage(pending as unknown as Record<string, unknown>[]);
    const events = await replica.withRevisions(pending.map((e) => e._id));
    return signBundle(
      {
        kind: BUNDLE_KIND,
        format: BUNDLE_FORMAT,
        siteId: enrolment.siteId,
        deviceId: enrolment.deviceId,
        createdAt: new Date().toISOString(),
        events,
      },
      enrolment.credential,
    );
  } finally {
    // biome-ignore lint/plugin: a failed close must not hide the export's own outcome
    await replica.close().catch(() => undefined);
  }
}
