/**
 * The signed-in trainer, as every trainer screen sees it. The trainer session implements it; reports,
 * scoring and record export only call it. The private key never leaves the session (WebCrypto, not extractable).
 */
export interface TrainerIdentity {
  /** The registered key id, written as `signedBy` in every document the trainer signs. */
  readonly keyId: string;
  readonly name: string;
  readonly siteId: string;
  /** Signs a document with the trainer's Ed25519 key (see `src/domain/sync/signed-doc.ts`). */
  sign<T extends Record<string, unknown>>(doc: T): Promise<T & { signature: string }>;
}
