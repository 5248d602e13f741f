import { OperatorError } from './errors';

const TTL_MAX_MINUTES = 7 * 24 * 60;

/** `--ttl`: whole minutes from 1 to 10080 (7 days), or the default when absent (SPEC [A5]). */
export function parseTtlMinutes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > TTL_MAX_MINUTES) {
    throw new OperatorError(
      `--ttl « ${value.slice(0, 20)} » n’est pas valable : donnez une durée en minutes, un nombre entier de 1 à ${TTL_MAX_MINUTES} (7 jours). Exemple : --ttl 60`,
    );
  }
  return n;
}
