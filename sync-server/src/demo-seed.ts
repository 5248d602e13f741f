import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  DEMO_LEARNERS,
  DEMO_SITE_ID,
  DEMO_STAFF_PIN,
  DEMO_TRAINER,
  demoLearnerDocs,
  demoTrainerKeys,
} from '../../src/domain/demo/demo-site';
import type { AdminService } from './admin/admin.service';

/** The demo site's trainer key and learners (the demo trainer signs them); the number of learners added. */
export async function seedDemoSite(admin: AdminService): Promise<number> {
  await admin.registerTrainerKey({
    siteId: DEMO_SITE_ID,
    keyId: DEMO_TRAINER.keyId,
    trainerName: DEMO_TRAINER.name,
    publicKey: (await demoTrainerKeys()).publicKey,
  });
  return admin.seedLearners(await demoLearnerDocs());
}

/** `npm start`: the demo site's learners, the built content, and a code to enrol a terminal at once. */
export async function seedDemo(admin: AdminService, url: string): Promise<string> {
  const learners = await seedDemoSite(admin);
  const packFile = ['dist/content/pack.json', 'public/content/pack.json'].map((p) => resolve(p)).find((p) => existsSync(p));
  const published = packFile ? await admin.publishPack(JSON.parse(await readFile(packFile, 'utf8'))) : undefined;
  const { code, expiresAt } = await admin.enrol(DEMO_SITE_ID, 'terminal', 24 * 60);
  return [
    `Site de démonstration « ${DEMO_SITE_ID} » : ${learners} apprenant(s) ajouté(s), contenu ${published ? `publié (${published.hash.slice(0, 12)}, signé par la clé d’exploitant « ${published.keyId} »)` : 'absent : lancez « npm run build »'}.`,
    '',
    `1. Ouvrez ${url} puis « Espace personnel ».`,
    `2. Code PIN du personnel : ${DEMO_STAFF_PIN}`,
    `3. Code d’enrôlement du poste : ${code}  (valable jusqu’au ${new Date(expiresAt).toLocaleString('fr-FR')}, une seule fois)`,
    '4. Lancez une synchronisation.',
    '',
    `Formateur de démonstration : menu « Formateur », clé « ${DEMO_TRAINER.keyId} », phrase secrète : ${DEMO_TRAINER.passphrase}`,
    '',
    'Apprenants de démonstration (prénom : PIN) :',
    ...DEMO_LEARNERS.map((l) => `   ${l.firstName} : ${l.pin}`),
    '',
    'Un autre code : npm run sync-server -- enrol --site demo --role terminal',
  ].join('\n');
}
