import * as v from 'valibot';
import { Base64, IsoDate, Slug } from '../records/ids';
import { checkContentDoc, NATIONAL_TYPES, type NationalBody, type NationalDoc } from './content-docs';
import { checkSuccession, isSignedDoc, nextVersionFields, signDoc, signingText, verifyDocSignature, type SignedDoc } from './signed-doc';

/**
 * The national programme is signed by an operator key ([W24]). The operator registers its public key
 * from the CLI as an `operator-key` document of `content`, which no device may write ([W23]): that is
 * where terminals learn it, and why a trainer device cannot forge it.
 */
export const OPERATOR_KEY_TYPE = 'operator-key';
export const operatorKeyDocId = (keyId: string) => `operator-key:${keyId}`;

export const OperatorKeyDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal(OPERATOR_KEY_TYPE),
  keyId: Slug,
  /** Raw Ed25519 public key, base64. */
  publicKey: Base64,
  registeredAt: IsoDate,
});
export type OperatorKeyDoc = v.InferOutput<typeof OperatorKeyDoc>;

type OperatorKeys = ReadonlyMap<string, Pick<OperatorKeyDoc, 'publicKey'>>;

/** Whether a document is national content (or an operator key): written by the operator only. */
export const isOperatorWritten = (doc: Record<string, unknown>) =>
  NATIONAL_TYPES.includes(String(doc.type)) || doc.type === OPERATOR_KEY_TYPE;

/** The operator keys among the documents of `content`, by key id (malformed ones verify nothing). */
export function operatorKeysOf(docs: readonly unknown[]): Map<string, OperatorKeyDoc> {
  const keys = new Map<string, OperatorKeyDoc>();
  for (const raw of docs) {
    const d = raw as Record<string, unknown> | undefined;
    if (d?.type !== OPERATOR_KEY_TYPE) continue;
    const { _rev, _revisions, _conflicts, ...plain } = d;
    const parsed = v.safeParse(OperatorKeyDoc, plain);
    if (parsed.success && parsed.output._id === operatorKeyDocId(parsed.output.keyId)) keys.set(parsed.output.keyId, parsed.output);
  }
  return keys;
}

/** Signature by a registered operator key; null when it holds, else the reason. */
async function signatureProblem(doc: NationalDoc, keys: OperatorKeys): Promise<string | null> {
  const key = keys.get(doc.signedBy);
  if (!key) return `contenu national signé par une clé d’exploitant inconnue (${doc.signedBy})`;
  if (!(await verifyDocSignature(doc, key.publicKey))) return 'contenu national : signature de l’exploitant invalide';
  return null;
}

/**
 * [W24] What the server writes as national content: a valid national document, signed by a registered
 * operator key, and exactly the version held or its direct successor ([W16]). A stored document of
 * schema 1 (unsigned) holds no version: the chain starts again at 1.
 */
export async function checkNationalWrite(
  doc: Record<string, unknown>,
  keys: OperatorKeys,
  stored: Record<string, unknown> | undefined,
): Promise<{ ok: true; doc: NationalDoc; same: boolean } | { ok: false; reason: string }> {
  const checked = checkContentDoc(doc);
  if (typeof checked === 'string') return { ok: false, reason: `[W24] ${checked}` };
  if (checked.type === 'content-site-module') return { ok: false, reason: '[W24] un module de site n’est pas du contenu national' };
  const bad = await signatureProblem(checked, keys);
  if (bad) return { ok: false, reason: `[W24] ${bad}` };
  const succession = await checkSuccession(stored && isSignedDoc(stored) ? stored : undefined, checked);
  if (!succession.ok) return { ok: false, reason: `[W24] contenu national : ${succession.reason}` };
  return { ok: true, doc: checked, same: succession.same };
}

/** The fields of a national document that its content is: the signature and the date do not count. */
export function nationalContentText(doc: Record<string, unknown>): string {
  const { publishedAt, signedBy, version, prevHash, ...content } = doc;
  return signingText(content);
}

/**
 * Signs the documents of a pack as the next versions of what is stored. An unchanged document (same
 * content, dates and signature aside) keeps its stored signed version and is not returned.
 */
export async function signNationalDocs(
  bodies: readonly NationalBody[],
  stored: ReadonlyMap<string, Record<string, unknown>>,
  key: { keyId: string; privateKey: CryptoKey },
): Promise<NationalDoc[]> {
  const out: NationalDoc[] = [];
  for (const body of bodies) {
    const held = stored.get(body._id);
    const previous = held && isSignedDoc(held) && held.schema === 2 ? held : undefined;
    if (previous && nationalContentText(previous) === nationalContentText(body as Record<string, unknown>)) continue;
    const fields = await nextVersionFields(previous);
    const signed = await signDoc({ ...body, signedBy: key.keyId, ...fields, signature: '' } as Record<string, unknown>, key.privateKey);
    out.push(signed as unknown as NationalDoc);
  }
  return out;
}

/** What a terminal installed of each national document: its version and signature. */
export type HeldNational = ReadonlyMap<string, { version: number; signature: string }>;

/**
 * [W25] What a terminal installs of the national content: every national document must verify against
 * the operator keys of `content`, and not go back from what this terminal installed (an older version,
 * or the same version with another signature). A pulled document may skip versions (the terminal was
 * offline); the server has checked the chain. Dropped ones come with the reason, in French.
 */
export async function keepNationalContent(
  docs: readonly unknown[],
  keys: OperatorKeys,
  held: HeldNational,
): Promise<{ kept: NationalDoc[]; dropped: { id: string; reason: string }[] }> {
  const kept: NationalDoc[] = [];
  const dropped: { id: string; reason: string }[] = [];
  for (const raw of docs) {
    const d = raw as Record<string, unknown> | undefined;
    if (!d || !NATIONAL_TYPES.includes(String(d.type))) continue;
    const { _rev, _revisions, _conflicts, ...plain } = d;
    const id = String(d._id);
    const checked = checkContentDoc(plain);
    if (typeof checked === 'string' || checked.type === 'content-site-module') {
      dropped.push({ id, reason: typeof checked === 'string' ? checked : 'document national mal formé' });
      continue;
    }
    const bad = await signatureProblem(checked, keys);
    if (bad) {
      dropped.push({ id, reason: bad });
      continue;
    }
    const mine = held.get(id);
    if (mine && checked.version < mine.version) {
      dropped.push({ id, reason: `contenu national : version ${checked.version} plus ancienne que la version ${mine.version} installée` });
      continue;
    }
    if (mine && checked.version === mine.version && checked.signature !== mine.signature) {
      dropped.push({ id, reason: `contenu national : une autre version ${checked.version} est déjà installée` });
      continue;
    }
    kept.push(checked);
  }
  return { kept, dropped };
}

/** The versions to remember once the national documents are installed. */
export const heldNationalOf = (docs: readonly SignedDoc[]) =>
  new Map(docs.map((d) => [String(d._id), { version: d.version, signature: d.signature }]));
