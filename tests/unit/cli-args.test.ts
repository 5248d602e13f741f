import { describe, expect, it } from 'vitest';
import { parseTtlMinutes } from '../../sync-server/src/cli-args';
import { OperatorError } from '../../sync-server/src/errors';

describe('--ttl', () => {
  it.each(['abc', '-5', '0', '1.5', '1e3', '', ' ', '0x10', String(200 * 365 * 24 * 60), '10081'])(
    '[A5] refuses %j with a French message',
    (v) => {
      expect(() => parseTtlMinutes(v)).toThrow(OperatorError);
      expect(() => parseTtlMinutes(v)).toThrow(/minutes, un nombre entier de 1 à 10080/);
    },
  );
  it.each([
    ['1', 1],
    ['60', 60],
    ['10080', 10080],
  ])('[A5] accepts %s', (v, n) => {
    expect(parseTtlMinutes(v)).toBe(n);
  });
  it('[A5] keeps the default when absent', () => {
    expect(parseTtlMinutes(undefined)).toBeUndefined();
  });
});
