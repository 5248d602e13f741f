import { describe, expect, it } from 'vitest';
import { checkPulledSigned } from '../../src/domain/trainer/signed-records';
import { bilanFactory, trainerFactory, trainerKeyDocFactory } from '../support/trainer-factory';

describe('a terminal checks the trainer-signed documents it pulls', () => {
  it('takes a bilan signed by a registered key of its site, and its next version', async () => {
    const t = await trainerFactory();
    const keys = new Map([[t.keyId, trainerKeyDocFactory(t, 's')]]);
    const v1 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: ['m-a'] } });
    expect(await checkPulledSigned(v1, keys, undefined)).toEqual({ ok: true });
    const v2 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: [] }, previous: v1 });
    expect(await checkPulledSigned(v2, keys, v1)).toEqual({ ok: true });
    expect(await checkPulledSigned(v1, keys, v1)).toEqual({ ok: true });
  });

  it('ignores an unsigned, tampered, unknown-key, other-site or older document', async () => {
    const t = await trainerFactory();
    const other = await trainerFactory('k-autre');
    const keys = new Map([
      [t.keyId, trainerKeyDocFactory(t, 's')],
      [other.keyId, trainerKeyDocFactory(other, 'ailleurs')],
    ]);
    const v1 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: ['m-a'] } });
    const v2 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: [] }, previous: v1 });
    const { signedBy: _s, ...unsigned } = v1;
    expect(await checkPulledSigned(unsigned, keys, undefined)).toEqual({ ok: false, reason: 'unsigned' });
    expect(await checkPulledSigned({ ...v1, plan: { ...v1.plan, exempt: ['m-a', 'm-b'] } }, keys, undefined)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    const stranger = await trainerFactory('k-inconnu');
    expect(await checkPulledSigned(await bilanFactory(stranger, { siteId: 's', learnerId: 'ana' }), keys, undefined)).toEqual({
      ok: false,
      reason: 'unknown-key',
    });
    expect(await checkPulledSigned(await bilanFactory(other, { siteId: 's', learnerId: 'ana' }), keys, undefined)).toEqual({
      ok: false,
      reason: 'other-site',
    });
    expect(await checkPulledSigned(v1, keys, v2)).toEqual({ ok: false, reason: 'not-successor' });
  });
});
