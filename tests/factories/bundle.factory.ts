import { BUNDLE_FORMAT, BUNDLE_KIND, type EventBundle, signBundle } from '../../src/domain/sync/event-bundle';
import { eventsFactory } from './record.factory';

/** A terminal's signed USB bundle of `count` events per learner, as « Espace personnel » exports it (events at revision 1). */
export async function bundleFactory(o: {
  siteId: string;
  device: { deviceId: string; credential: string };
  learners: string[];
  count?: number;
}): Promise<EventBundle> {
  const hash = 'b'.repeat(32);
  const events = o.learners.flatMap((learnerId) =>
    eventsFactory({ siteId: o.siteId, learnerId, deviceId: o.device.deviceId, count: o.count ?? 2 }).map((e) => ({
      ...e,
      _rev: `1-${hash}`,
      _revisions: { start: 1, ids: [hash] },
    })),
  );
  return signBundle(
    {
      kind: BUNDLE_KIND,
      format: BUNDLE_FORMAT,
      siteId: o.siteId,
      deviceId: o.device.deviceId,
      createdAt: new Date().toISOString(),
      events,
    },
    o.device.credential,
  );
}
