/**
 * The key of a signed document in a device's outbox. Every version of a site module waits under its own
 * key: two publishes before a sync are both pushed, in order ([W16] accepts only the next version).
 * (No import: the terminal's database module reads it on the learners' first screen.)
 */
export function signedOutboxKey(doc: Readonly<Record<string, unknown>>): string {
  return doc.type === 'content-site-module' ? `${String(doc._id)}@${Number(doc.version)}` : String(doc._id);
}
