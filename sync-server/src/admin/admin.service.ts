import * as v from 'valibot';
import type { ContentPack } from '../../../src/domain/content/pack.schema';
import { checkPack } from '../../../src/domain/content/pack-validate';
import { TrainerKeyDoc } from '../../../src/domain/records/assessment.schema';
import { Slug, trainerKeyDocId } from '../../../src/domain/records/ids';
import type { LearnerDoc } from '../../../src/domain/records/learner.schema';
import { canonicalJson } from '../../../src/domain/shared/canonical-json';
import { assemblePack, packToContentDocs } from '../../../src/domain/sync/content-docs';
import { CONTENT_DB, siteDbName } from '../../../src/domain/sync/db-names';
import { DEVICE_ROLES, type DeviceRole } from '../../../src/domain/sync/device.schema';
import { EventBundle, verifyBundleMac } from '../../../src/domain/sync/event-bundle';
import type { Backend } from '../backend';
import { OperatorError } from '../errors';
import { StoreNotFound, type StoredDoc } from '../store/sync-store';

interface ImportReport {
  accepted: number;
  refused: { id: string; reason: string }[];
}

/** What the operator does from the CLI (or the demo seeding): devices, keys, content, bundles. */
export class AdminService {
  constructor(private readonly backend: Backend) {}

  async enrol(
    siteId: string,
    role: string,
    ttlMinutes = 60,
  ): Promise<{ code: string; expiresAt: string; siteId: string; role: DeviceRole }> {
    if (!v.is(Slug, siteId)) throw new OperatorError(`Identifiant de site invalide « ${siteId} » (minuscules, chiffres, tirets).`);
    if (!(DEVICE_ROLES as readonly string[]).includes(role)) throw new OperatorError(`Rôle invalide « ${role} » : terminal ou trainer.`);
    const r = await this.backend.registry.createCode(siteId, role as DeviceRole, ttlMinutes);
    return { ...r, siteId, role: role as DeviceRole };
  }

  async devices() {
    return (await this.backend.registry.list()).map(({ deviceId, siteId, role, enrolledAt, revokedAt }) => ({
      deviceId,
      siteId,
      role,
      enrolledAt,
      revokedAt: revokedAt ?? null,
    }));
  }

  async revoke(deviceId: string): Promise<void> {
    if (!(await this.backend.registry.revoke(deviceId))) throw new OperatorError(`Aucun poste « ${deviceId} ».`);
  }

  /**
   * Registers a trainer's key for his site. With `knownAt`, the key (still his own site's) is also put in
   * another site's database: that site's terminals can then verify his record files, never his site
   * documents ([W13] and [W17] take only keys of the document's own site).
   */
  async registerTrainerKey(input: {
    siteId: string;
    keyId: string;
    trainerName: string;
    publicKey: string;
    knownAt?: string;
  }): Promise<void> {
    const { knownAt, ...fields } = input;
    const doc = { _id: trainerKeyDocId(input.keyId), schema: 1, type: 'trainer-key', ...fields, registeredAt: new Date().toISOString() };
    const parsed = v.safeParse(TrainerKeyDoc, doc);
    if (!parsed.success) throw new OperatorError(`Clé de formateur invalide : ${parsed.issues.map((i) => i.message).join(', ')}`);
    let raw: Uint8Array;
    try {
      raw = Uint8Array.from(atob(input.publicKey), (c) => c.charCodeAt(0));
    } catch {
      // atob refuses badly padded base64: the same answer as any key of the wrong form.
      raw = new Uint8Array(0);
    }
    if (raw.length !== 32) throw new OperatorError('La clé publique doit être une clé Ed25519 brute (32 octets, base64).');
    if (knownAt !== undefined && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(knownAt)) throw new OperatorError('Site inconnu pour --known-at.');
    await this.#upsert(siteDbName(knownAt ?? input.siteId), doc as unknown as StoredDoc, ['registeredAt']);
  }

  /** Writes learner documents (seeding); existing identical ones are left alone. */
  async putLearners(docs: LearnerDoc[]): Promise<number> {
    let written = 0;
    for (const d of docs) if (await this.#upsert(siteDbName(d.siteId), d as unknown as StoredDoc)) written++;
    return written;
  }

  /** Writes learners that are not there yet (their PIN hashes are salted: rewriting would churn). */
  async seedLearners(docs: LearnerDoc[]): Promise<number> {
    let written = 0;
    for (const d of docs) {
      const existing = await this.backend.store.db(siteDbName(d.siteId)).existing([d._id]);
      if (!existing.has(d._id)) {
        await this.backend.store.db(siteDbName(d.siteId)).put(d as unknown as StoredDoc);
        written++;
      }
    }
    return written;
  }

  /** Publishes a content pack: one document per module plus the programme; unchanged ones stay. */
  async publishPack(input: unknown): Promise<{ hash: string; written: number }> {
    const checked = await checkPack(input);
    if (!checked.ok) throw new OperatorError(`Contenu refusé (${checked.reason}) : ${checked.details.slice(0, 5).join(' ; ')}`);
    let written = 0;
    for (const doc of packToContentDocs(checked.pack, new Date().toISOString())) {
      if (await this.#upsert(CONTENT_DB, doc as unknown as StoredDoc, ['publishedAt'])) written++;
    }
    return { hash: checked.pack.hash, written };
  }

  /** The published content as one pack file, for a terminal that never connects. */
  async exportContent(): Promise<ContentPack> {
    const docs = await this.backend.store.db(CONTENT_DB).allDocs();
    const assembled = await assemblePack(docs);
    if (!assembled.ok)
      throw new OperatorError(
        assembled.reason === 'no-programme' ? 'Aucun contenu publié.' : `Modules manquants : ${assembled.missing.join(', ')}`,
      );
    const checked = await checkPack(assembled.pack);
    if (!checked.ok) throw new OperatorError(`Le contenu publié est invalide : ${checked.details.slice(0, 5).join(' ; ')}`);
    return checked.pack;
  }

  /** [X1] A signed bundle goes through the same checks as a push, and into the same audit log (`via` says who asked: the CLI or the console). */
  async importBundle(input: unknown, via: { ip: string; route: string } = { ip: 'cli', route: 'cli:import' }): Promise<ImportReport> {
    const parsed = v.safeParse(EventBundle, input);
    if (!parsed.success) throw new OperatorError('Ce fichier n’est pas un lot d’événements Relais.');
    const bundle = parsed.output;
    const device = await this.backend.registry.get(bundle.deviceId);
    if (!device || device.revokedAt) throw new OperatorError(`Poste « ${bundle.deviceId} » inconnu ou révoqué : lot refusé.`);
    if (device.siteId !== bundle.siteId) throw new OperatorError('Le lot ne vient pas du site de ce poste.');
    if (!(await verifyBundleMac(bundle, device.bundleKey)))
      throw new OperatorError('Signature du lot invalide : fichier modifié ou d’un autre poste.');
    const started = performance.now();
    const outcome = await this.backend.service.writeDocs(
      { deviceId: device.deviceId, siteId: device.siteId, role: device.role },
      { kind: 'site', siteId: device.siteId },
      bundle.events,
      new Map(),
    );
    this.backend.audit.write({
      at: new Date().toISOString(),
      ip: via.ip,
      device: device.deviceId,
      site: device.siteId,
      method: 'IMPORT',
      route: via.route,
      db: siteDbName(device.siteId),
      status: 200,
      accepted: outcome.accepted,
      refused: outcome.refused.length,
      reasons: outcome.refused.slice(0, 50),
      ms: Math.round(performance.now() - started),
    });
    return outcome;
  }

  /** Creates or updates a document; false when the stored one is already equal (ignoring `ignore`). */
  async #upsert(dbName: string, doc: StoredDoc, ignore: string[] = []): Promise<boolean> {
    const db = this.backend.store.db(dbName);
    let current: StoredDoc | undefined;
    try {
      current = (await db.get(doc._id)) as StoredDoc;
    } catch (e) {
      if (!(e instanceof StoreNotFound)) throw e;
    }
    const comparable = (d: StoredDoc) => {
      const { _rev, ...rest } = d;
      for (const k of ignore) delete rest[k];
      return canonicalJson(rest);
    };
    if (current && comparable(current) === comparable(doc)) return false;
    await db.put(current ? { ...doc, _rev: current._rev } : doc);
    return true;
  }
}
