import { describe, expect, it } from 'vitest';
import { checkSuccession, nextVersionFields, signDoc, verifyDocSignature, type SignedDoc } from '../../src/domain/sync/signed-doc';

const b64 = (b: ArrayBuffer) => Buffer.from(b).toString('base64');

async function keyPair() {
  const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
  return { privateKey: pair.privateKey, publicKey: b64(await crypto.subtle.exportKey('raw', pair.publicKey)) };
}

async function version(prev: SignedDoc | undefined, level: number, key: CryptoKey): Promise<SignedDoc> {
  return (await signDoc(
    { _id: 'assessment:l1:a1', type: 'assessment', level, signedBy: 'k1', ...(await nextVersionFields(prev)), signature: '' },
    key,
  )) as SignedDoc;
}

describe('signed documents bound to their version', () => {
  it('verifies a signature, and refuses it once any signed field changes', async () => {
    const k = await keyPair();
    const v1 = await version(undefined, 0.2, k.privateKey);
    expect(await verifyDocSignature(v1, k.publicKey)).toBe(true);
    expect(await verifyDocSignature({ ...v1, level: 0.9 }, k.publicKey)).toBe(false);
    expect(await verifyDocSignature({ ...v1, _rev: '3-abc' }, k.publicKey)).toBe(true);
    expect(await verifyDocSignature({ ...v1, signature: 'AAAA' }, k.publicKey)).toBe(false);
    expect(await verifyDocSignature(v1, (await keyPair()).publicKey)).toBe(false);
  });

  it('accepts only the direct successor: an older version cannot come back', async () => {
    const k = await keyPair();
    const v1 = await version(undefined, 0.2, k.privateKey);
    const v2 = await version(v1, 0.9, k.privateKey);
    expect(await checkSuccession(undefined, v1)).toEqual({ ok: true, same: false });
    expect(await checkSuccession(v1, v2)).toEqual({ ok: true, same: false });
    expect(await checkSuccession(v2, v2)).toEqual({ ok: true, same: true });
    expect((await checkSuccession(v2, v1)).ok).toBe(false);
    expect((await checkSuccession(undefined, v2)).ok).toBe(false);
    const forkedV2 = await version(v1, 0.5, k.privateKey);
    expect((await checkSuccession(v2, forkedV2)).ok).toBe(false);
    const skip = { ...(await version(v2, 0.1, k.privateKey)), version: 4 };
    expect((await checkSuccession(v2, skip)).ok).toBe(false);
    const wrongBase = await version({ ...v1, level: 0.3 }, 0.7, k.privateKey);
    expect((await checkSuccession(v1, wrongBase)).ok).toBe(false);
  });
});
