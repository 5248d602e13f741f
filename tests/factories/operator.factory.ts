import type { ContentPack } from '../../src/domain/content/pack.schema';
import { packToContentDocs, type NationalDoc } from '../../src/domain/sync/content-docs';
import { OPERATOR_KEY_TYPE, operatorKeyDocId, signNationalDocs, type OperatorKeyDoc } from '../../src/domain/sync/national-content';

export interface TestOperator {
  keyId: string;
  publicKey: string;
  privateKey: CryptoKey;
  keyDoc: OperatorKeyDoc;
}

/** A fresh operator key pair and its registered key document ([W24]). */
export async function operatorFactory(keyId = 'exploitant-test'): Promise<TestOperator> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = Buffer.from(await crypto.subtle.exportKey('raw', pair.publicKey)).toString('base64');
  const keyDoc: OperatorKeyDoc = {
    _id: operatorKeyDocId(keyId),
    schema: 1,
    type: OPERATOR_KEY_TYPE,
    keyId,
    publicKey,
    registeredAt: '2026-12-01T08:00:00.000Z',
  };
  return { keyId, publicKey, privateKey: pair.privateKey, keyDoc };
}

/** A pack's national documents signed by the operator, as the next versions of `previous` (by id). */
export function signedContentDocs(
  pack: ContentPack,
  operator: TestOperator,
  publishedAt = '2026-12-01T09:00:00.000Z',
  previous: readonly NationalDoc[] = [],
): Promise<NationalDoc[]> {
  return signNationalDocs(packToContentDocs(pack, publishedAt), new Map(previous.map((d) => [d._id, d])), operator);
}
