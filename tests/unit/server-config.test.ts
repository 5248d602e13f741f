import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../sync-server/src/config';

describe('RELAIS_LIMITS', () => {
  it('[G10] sets known limits for a deployment', () => {
    expect(configFromEnv({ RELAIS_LIMITS: '{"anonPerMinute":600,"inFlightBytes":1000000}' }).limits).toEqual({
      anonPerMinute: 600,
      inFlightBytes: 1_000_000,
    });
    expect(configFromEnv({}).limits).toBeUndefined();
  });
  it.each(['nope', '[1]', '{"unknown":1}', '{"anonPerMinute":-1}', '{"anonPerMinute":"600"}', '{"__proto__":1}'])(
    '[G10] refuses %s with a French message',
    (text) => {
      expect(() => configFromEnv({ RELAIS_LIMITS: text })).toThrow(/RELAIS_LIMITS invalide/);
    },
  );
});
