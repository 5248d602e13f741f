import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from './diagnostics';
import { importModuleExport } from './module-import';

const USAGE = 'Usage : npm run content:import -- <dossier d’export> [--into content] [--replace]';

/** `npm run content:import -- <export folder> [--into content|content/modules] [--replace]` */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { into: { type: 'string' }, replace: { type: 'boolean' } },
  });
  const from = positionals[0];
  if (!from) {
    console.error(USAGE);
    return 2;
  }
  if (from.endsWith('.zip')) {
    console.error('Les archives .zip ne sont pas encore lues : décompressez-la, puis donnez le dossier.');
    return 2;
  }
  const into = resolve(values.into ?? 'content');
  const root = basename(into) === 'modules' ? dirname(into) : into;
  const r = await importModuleExport(resolve(from), root, { replace: values.replace ?? false });
  if (r.ok) {
    console.log(`Module « ${r.moduleId} » ${r.created ? 'ajouté' : 'mis à jour'} dans ${root}/modules/${r.dir} (programme.yaml à jour).`);
    return 0;
  }
  if (r.reason === 'bad-export') console.error(`Export refusé : ${r.message}`);
  if (r.reason === 'other-module') {
    console.error(
      `Refusé : le dossier modules/${r.dir} contient déjà un autre module (« ${r.existingId} »). Ajoutez --replace pour le remplacer par « ${r.moduleId} ».`,
    );
  }
  if (r.reason === 'invalid') {
    console.error(`Refusé : avec ce module, le contenu ne se construit plus (${r.errors.length} erreur(s)). Rien n’a été changé.`);
    for (const d of r.errors) console.error(`  ${formatDiagnostic(d)}`);
  }
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
