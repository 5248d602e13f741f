/**
 * The dotted path of the first number that is not finite (`1e400` parses as Infinity and would be
 * stored as `null`, breaking the schema in the store), or null when every number is finite.
 */
export function nonFinitePath(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(racine)';
  if (!value || typeof value !== 'object') return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    const found = nonFinitePath(v, path ? `${path}.${k}` : k);
    if (found) return found;
  }
  return null;
}
