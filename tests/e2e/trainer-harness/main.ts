// Test page: the app's own shell and trainer screens over a real IndexedDB, with the demo trainer signed
// in through the report screens' session port (the trainer space's sign-in is another branch's work).
import { mount } from 'svelte';
import App from '../../../src/App.svelte';
import { content } from '../../../src/app/staff/content-manager.svelte';
import { db } from '../../../src/app/shell/services';
import { trainerSessionPort } from '../../../src/app/trainer/trainer-session-port.svelte';
import type { ContentPack } from '../../../src/domain/content/pack.schema';
import { DEMO_TRAINER, demoLearnerDocs, demoTrainerKeys } from '../../../src/domain/demo/demo-site';
import { trainerKeyDocId } from '../../../src/domain/records/ids';
import { RoleplayRun } from '../../../src/domain/roleplay/roleplay-run';
import { scoreRun } from '../../../src/domain/roleplay/roleplay-scoring';
import { signDoc } from '../../../src/domain/sync/signed-doc';
import { importPack } from '../../../src/storage/content-import';
import { ProgressRepository } from '../../../src/storage/progress.repository';
import '../../../src/styles/app.css';

const pack = (await (await fetch('./content/pack.json')).json()) as ContentPack;
const seeded = await db.meta.get('harness-seeded');
if (!seeded) {
  await importPack(db, pack);
  await db.learners.bulkPut(await demoLearnerDocs());
  const { publicKey } = await demoTrainerKeys();
  await db.trainerKeys.put({
    _id: trainerKeyDocId(DEMO_TRAINER.keyId),
    schema: 1,
    type: 'trainer-key',
    siteId: 'demo',
    keyId: DEMO_TRAINER.keyId,
    trainerName: DEMO_TRAINER.name,
    publicKey,
    registeredAt: '2026-01-05T08:00:00.000Z',
  });
  // Marius plays the first role-play once (always the first option), and misses one question three times.
  const progress = new ProgressRepository(db);
  const author = { siteId: 'demo', learnerId: 'demo-marius', deviceId: 'poste-1' };
  let t = Date.UTC(2026, 0, 6, 8, 0, 0);
  const at = () => new Date((t += 30_000));
  const module = pack.modules.find((m) => m.roleplays.length > 0)!;
  const rp = module.roleplays[0]!;
  await progress.append(author, 'session.started', { sessionId: 's-1' }, at());
  const run = new RoleplayRun(rp.ink);
  for (let step = 0; !run.finished; step++) {
    const text = run.options[0]!.text;
    run.choose(0);
    await progress.append(author, 'roleplay.choice', { roleplayId: rp.id, run: 1, step, choiceIndex: 0, text }, at());
  }
  const d = scoreRun(run.points, rp.passThreshold);
  const scores = Object.fromEntries(Object.entries(d.scores).map(([k, s]) => [k, { got: s!.got, max: s!.max }]));
  await progress.append(
    author,
    'roleplay.finished',
    { roleplayId: rp.id, moduleId: module.id, run: 1, ratio: d.ratio, passed: d.passed, scores },
    at(),
  );
  const item = module.items[0]!;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await progress.append(author, 'quiz.answered', { quizId: module.quiz!.id, attempt, itemId: item.id, answer: 0, correct: false }, at());
  }
  await progress.append(author, 'session.ended', { sessionId: 's-1', activeSeconds: 1800, reason: 'signout' }, at());
  await db.meta.put({ key: 'harness-seeded', value: { roleplayId: rp.id, itemId: item.id } });
}

const { privateKey } = await demoTrainerKeys();
trainerSessionPort.set({
  keyId: DEMO_TRAINER.keyId,
  name: DEMO_TRAINER.name,
  siteId: 'demo',
  sign: (doc) => signDoc(doc, privateKey),
  signBytes: async (bytes) => new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, bytes as Uint8Array<ArrayBuffer>)),
});
void content.start();
mount(App, { target: document.getElementById('app') as HTMLElement });
document.title = 'ready';
