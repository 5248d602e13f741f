import { describe, expect, it } from 'vitest';
import { demoTrainerKeys, demoTrainerPkcs8, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { signDoc, verifyDocSignature } from '../../src/domain/sync/signed-doc';
import {
  generateTrainerKeyPkcs8,
  keyFingerprint,
  openVault,
  registerCommand,
  sealVault,
  TrainerVault,
} from '../../src/domain/trainer/trainer-vault';
import * as v from 'valibot';

const FAST = 10_000;

describe('the trainer key vault', () => {
  it('a key made on the device opens with its passphrase and signs what its public key verifies', async () => {
    const pkcs8 = await generateTrainerKeyPkcs8();
    const vault = await sealVault({ keyId: 'k-lea', name: 'Léa', siteId: 'ca-ducos', passphrase: 'le bateau rouge part', pkcs8 }, FAST);
    expect(v.safeParse(TrainerVault, vault).success).toBe(true);
    // The private key is not in the vault in clear.
    expect(JSON.stringify(vault)).not.toContain(btoa(String.fromCharCode(...pkcs8)));
    const opened = await openVault(vault, 'le bateau rouge part');
    if (!opened.ok) throw new Error('vault did not open');
    expect(opened.privateKey.extractable).toBe(false);
    const doc = await signDoc({ type: 'group', name: 'Matin', signature: '' }, opened.privateKey);
    expect(await verifyDocSignature(doc, vault.publicKey)).toBe(true);
  });

  it('a wrong passphrase is a typed refusal, not an error', async () => {
    const vault = await sealVault(
      { keyId: 'k-lea', name: 'Léa', siteId: 's', passphrase: 'le bateau rouge part', pkcs8: await generateTrainerKeyPkcs8() },
      FAST,
    );
    expect(await openVault(vault, 'le bateau bleu part')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('the demo trainer sealed from the published seed has the published public key', async () => {
    const { publicKey } = await demoTrainerKeys();
    const seed = demoTrainerPkcs8();
    const vault = await sealVault(
      { keyId: DEMO_TRAINER.keyId, name: DEMO_TRAINER.name, siteId: 'demo', passphrase: DEMO_TRAINER.passphrase, pkcs8: seed },
      FAST,
    );
    expect(vault.publicKey).toBe(publicKey);
  });

  it('the fingerprint is short, stable and differs between keys; the command names the key', async () => {
    const a = await sealVault(
      { keyId: 'k-a', name: 'A', siteId: 's', passphrase: 'x'.repeat(12), pkcs8: await generateTrainerKeyPkcs8() },
      FAST,
    );
    const b = await sealVault(
      { keyId: 'k-b', name: 'B', siteId: 's', passphrase: 'x'.repeat(12), pkcs8: await generateTrainerKeyPkcs8() },
      FAST,
    );
    const fa = await keyFingerprint(a.publicKey);
    expect(fa).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    expect(await keyFingerprint(a.publicKey)).toBe(fa);
    expect(await keyFingerprint(b.publicKey)).not.toBe(fa);
    expect(registerCommand(a)).toBe(`npm run sync-server -- trainer-key --site s --key-id k-a --name "A" --public-key ${a.publicKey}`);
  });
});
