import { DEFAULT_IDLE_SECONDS } from '../../domain/session/active-time';
import { signDoc } from '../../domain/sync/signed-doc';
import {
  MIN_PASSPHRASE_LENGTH,
  generateTrainerKeyPkcs8,
  keyFingerprint,
  openVault,
  sealVault,
  type TrainerVault,
} from '../../domain/trainer/trainer-vault';
import { Slug } from '../../domain/records/ids';
import * as v from 'valibot';
import { errors } from '../shell/error-state.svelte';
import { IdleWatch } from '../shell/idle-watch.svelte';
import { terminalRepository } from '../learner/learner-services';
import { parseHash } from '../shell/routes';
import { session } from '../learner/session-manager.svelte';
import type { TrainerIdentity } from './trainer-identity';
import { trainerSessionPort } from './trainer-session-port.svelte';
import { trainerVaultRepository } from './trainer-services';

export type TrainerSignIn = { ok: true } | { ok: false; reason: 'wrong-passphrase' | 'unknown-key' | 'learner-signed-in' };
export type NewKeyResult =
  | { ok: true; vault: TrainerVault }
  | { ok: false; reason: 'invalid-id' | 'invalid-name' | 'short-passphrase' | 'mismatch' | 'taken' };

export interface VaultView {
  keyId: string;
  name: string;
  siteId: string;
  publicKey: string;
  fingerprint: string;
  registered: boolean;
}

const isTrainerRoute = (hash: string) => parseHash(hash).name.startsWith('trainer');

/**
 * The signed-in trainer. The key is opened with the passphrase for the session only (non-extractable,
 * kept in memory); the session ends on sign-out, on idle like a learner's, and when the screen leaves
 * the trainer space. A learner's session and a trainer's never overlap.
 */
class TrainerSession {
  #ready = $state(false);
  #vaults = $state.raw<VaultView[]>([]);
  #identity = $state.raw<TrainerIdentity | undefined>();
  #siteId = $state<string>('demo');
  #starting: Promise<void> | undefined;
  readonly idle = new IdleWatch();

  constructor() {
    addEventListener('hashchange', () => {
      if (this.#identity && !isTrainerRoute(location.hash)) this.signOut();
    });
  }

  get ready() {
    return this.#ready;
  }
  get vaults() {
    return this.#vaults;
  }
  get identity() {
    return this.#identity;
  }
  /** The site this terminal works for: its enrolment's, or the demo site before enrolment. */
  get siteId() {
    return this.#siteId;
  }

  start(): Promise<void> {
    this.#starting ??= this.#start().catch((e) => errors.report(e));
    return this.#starting;
  }

  async #start(): Promise<void> {
    this.#siteId = (await terminalRepository.siteId()) ?? 'demo';
    if (this.#siteId === 'demo') {
      // The demo trainer's key comes from a published seed, so that any demo terminal can sign in with it.
      const demo = await import('../../domain/demo/demo-site');
      if (!(await trainerVaultRepository.vault(demo.DEMO_TRAINER.keyId))) {
        const vault = await sealVault({
          keyId: demo.DEMO_TRAINER.keyId,
          name: demo.DEMO_TRAINER.name,
          siteId: demo.DEMO_SITE_ID,
          passphrase: demo.DEMO_TRAINER.passphrase,
          pkcs8: demo.demoTrainerPkcs8(),
        });
        await trainerVaultRepository.addVault(vault);
      }
    }
    await this.reload();
    this.#ready = true;
  }

  async reload(): Promise<void> {
    const all = (await trainerVaultRepository.vaults()).filter((vlt) => vlt.siteId === this.#siteId);
    this.#vaults = await Promise.all(
      all.map(async (vlt) => ({
        keyId: vlt.keyId,
        name: vlt.name,
        siteId: vlt.siteId,
        publicKey: vlt.publicKey,
        fingerprint: await keyFingerprint(vlt.publicKey),
        registered: (await trainerVaultRepository.registeredKey(vlt.keyId))?.publicKey === vlt.publicKey,
      })),
    );
  }

  async signIn(keyId: string, passphrase: string): Promise<TrainerSignIn> {
    if (session.learner) return { ok: false, reason: 'learner-signed-in' };
    const vault = await trainerVaultRepository.vault(keyId);
    if (!vault) return { ok: false, reason: 'unknown-key' };
    const opened = await openVault(vault, passphrase);
    if (!opened.ok) return opened;
    const privateKey = opened.privateKey;
    this.#identity = {
      keyId: vault.keyId,
      name: vault.name,
      siteId: vault.siteId,
      sign: (doc) => signDoc(doc, privateKey),
    };
    // The report screens sign record files as raw bytes (a JWS), through the same key.
    trainerSessionPort.set({
      ...this.#identity,
      signBytes: async (bytes) => new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, bytes as Uint8Array<ArrayBuffer>)),
    });
    const param = Number(new URLSearchParams(location.search).get('idle'));
    const seconds = param > 0 ? param : ((await terminalRepository.idleTimeoutSeconds()) ?? DEFAULT_IDLE_SECONDS);
    this.idle.start(seconds, () => this.signOut());
    return { ok: true };
  }

  signOut(): void {
    this.idle.stop();
    this.#identity = undefined;
    trainerSessionPort.set(undefined);
  }

  /** Makes a new key on this device, sealed under the passphrase; the operator then registers its public key. */
  async createKey(input: { keyId: string; name: string; passphrase: string; again: string }): Promise<NewKeyResult> {
    const keyId = input.keyId.trim().toLowerCase();
    if (!v.safeParse(Slug, keyId).success) return { ok: false, reason: 'invalid-id' };
    if (!input.name.trim() || input.name.trim().length > 60) return { ok: false, reason: 'invalid-name' };
    if (input.passphrase.length < MIN_PASSPHRASE_LENGTH) return { ok: false, reason: 'short-passphrase' };
    if (input.passphrase !== input.again) return { ok: false, reason: 'mismatch' };
    const vault = await sealVault({
      keyId,
      name: input.name,
      siteId: this.#siteId,
      passphrase: input.passphrase,
      pkcs8: await generateTrainerKeyPkcs8(),
    });
    if (!(await trainerVaultRepository.addVault(vault))) return { ok: false, reason: 'taken' };
    await this.reload();
    return { ok: true, vault };
  }
}

export const trainerSession = new TrainerSession();
