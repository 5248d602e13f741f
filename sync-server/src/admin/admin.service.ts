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
import {
  checkNationalWrite,
  keepNationalContent,
  OPERATOR_KEY_TYPE,
  operatorKeyDocId,
  operatorKeysOf,
  signNationalDocs,
} from '../../../src/domain/sync/national-content';
import { keyFingerprint } from '../../../src/domain/trainer/trainer-vault';
import type { Backend } from '../backend';
import { OperatorError } from '../errors';
import { StoreNotFound, type StoredDoc } from '../store/sync-store';
import { createOperatorKeyFile, parseOperatorKey, readServerKey, serverKeyPath, type OperatorSigningKey } from './operator-key';

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
    if (rawKeyLength(input.publicKey) !== 32)
      throw new OperatorError('La clé publique doit être une clé Ed25519 brute (32 octets, base64).');
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

  /**
   * [W24] Creates an operator key pair and registers its public key in `content`, where terminals learn
   * it. The private key goes to `out`, or to the server's own file in the data dir (`0600`).
   */
  async createOperatorKey(input: { keyId?: string; out?: string } = {}) {
    const file = input.out ?? serverKeyPath(this.backend.dataDir);
    const keyId = input.keyId ?? `exploitant-${Date.now().toString(36)}`;
    // Said before any file is written: with several gateways, another one may hold this key.
    if ((await this.#operatorKeys()).has(keyId))
      throw new OperatorError(
        `Une clé d’exploitant « ${keyId} » est déjà enregistrée ; sa clé privée est ailleurs (un autre serveur, un fichier) : publish --key <fichier>.`,
      );
    const created = await createOperatorKeyFile(file, keyId);
    await this.registerOperatorKey(created);
    return { ...created, file, fingerprint: await keyFingerprint(created.publicKey) };
  }

  /** [W24] Registers the public key of an operator key (one made here, or held elsewhere). */
  async registerOperatorKey(input: { keyId: string; publicKey: string }): Promise<void> {
    if (!v.is(Slug, input.keyId)) throw new OperatorError(`Identifiant de clé invalide « ${input.keyId} » (minuscules, chiffres, tirets).`);
    if (rawKeyLength(input.publicKey) !== 32)
      throw new OperatorError('La clé publique doit être une clé Ed25519 brute (32 octets, base64).');
    const held = (await this.#operatorKeys()).get(input.keyId);
    if (held && held.publicKey !== input.publicKey) throw new OperatorError(`Une autre clé « ${input.keyId} » est déjà enregistrée.`);
    const doc = {
      _id: operatorKeyDocId(input.keyId),
      schema: 1,
      type: OPERATOR_KEY_TYPE,
      keyId: input.keyId,
      publicKey: input.publicKey,
      registeredAt: new Date().toISOString(),
    };
    await this.#upsert(CONTENT_DB, doc as unknown as StoredDoc, ['registeredAt']);
  }

  /**
   * Publishes a content pack: one document per module plus the programme, each signed with the operator
   * key as the next version of the stored one ([W24]); unchanged ones stay. The key is the file given
   * (`keyFile`, its text) or the server's own, created on the first publish when there is none.
   */
  async publishPack(input: unknown, keyFile?: string): Promise<{ hash: string; written: number; keyId: string; createdKey: boolean }> {
    const checked = await checkPack(input);
    if (!checked.ok) throw new OperatorError(`Contenu refusé (${checked.reason}) : ${checked.details.slice(0, 5).join(' ; ')}`);
    const { key, createdKey } = await this.#signingKey(keyFile);
    const db = this.backend.store.db(CONTENT_DB);
    const all = await db.allDocs();
    const keys = operatorKeysOf(all);
    if (keys.get(key.keyId)?.publicKey !== key.publicKey)
      throw new OperatorError(`La clé d’exploitant « ${key.keyId} » n’est pas enregistrée sur ce serveur : operator-key register.`);
    const stored = new Map(all.map((d) => [d._id, d as Record<string, unknown>]));
    const signed = await signNationalDocs(packToContentDocs(checked.pack, new Date().toISOString()), stored, key);
    // The same rule as for anything that reaches `content`: a registered key and the next version.
    const writes: StoredDoc[] = [];
    for (const doc of signed) {
      const current = stored.get(doc._id);
      const ok = await checkNationalWrite(doc as unknown as Record<string, unknown>, keys, current);
      if (!ok.ok) throw new OperatorError(`Contenu refusé (${doc._id}) : ${ok.reason}`);
      writes.push(current ? ({ ...doc, _rev: current._rev } as unknown as StoredDoc) : (doc as unknown as StoredDoc));
    }
    for (const doc of writes) await db.put(doc);
    return { hash: checked.pack.hash, written: writes.length, keyId: key.keyId, createdKey };
  }

  /** The published content as one pack file, for a terminal that never connects. */
  async exportContent(): Promise<ContentPack> {
    const docs = await this.backend.store.db(CONTENT_DB).allDocs();
    // Only what verifies goes out: the file is installed on terminals that never see `content`.
    const national = await keepNationalContent(docs, operatorKeysOf(docs), new Map());
    if (national.dropped.length)
      throw new OperatorError(
        `Contenu publié non vérifié : ${national.dropped
          .slice(0, 3)
          .map((d) => `${d.id} : ${d.reason}`)
          .join(' ; ')}`,
      );
    const assembled = await assemblePack(national.kept);
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

  /** The key given (a key file's text), or the server's own, made on the first publish when there is none. */
  async #signingKey(keyFile: string | undefined): Promise<{ key: OperatorSigningKey; createdKey: boolean }> {
    if (keyFile !== undefined) return { key: await parseOperatorKey(keyFile), createdKey: false };
    const own = await readServerKey(this.backend.dataDir);
    if (own) return { key: own, createdKey: false };
    await this.createOperatorKey({ keyId: 'exploitant' });
    const made = await readServerKey(this.backend.dataDir);
    if (!made) throw new Error('the operator key file just made cannot be read');
    return { key: made, createdKey: true };
  }

  async #operatorKeys() {
    return operatorKeysOf(await this.backend.store.db(CONTENT_DB).allDocs({ startkey: 'operator-key:', endkey: 'operator-key:\uffff' }));
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

/** Length of a base64 key; 0 when it is not base64 (atob refuses bad padding: same answer as a key of the wrong form). */
function rawKeyLength(base64: string): number {
  try {
    return atob(base64).length;
  } catch {
    return 0;
  }
}
