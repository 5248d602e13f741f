import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InkMessage } from '../domain/authoring/ink-compile';
import { compileInk } from './ink';
import { exploreInk, inkStoryProblems, type InkChoicePoint } from './ink-check';

/** What the build needs of one script: the compiler's output and our checks of every branch. */
export interface CheckedInk {
  json?: string;
  errors: InkMessage[];
  warnings: InkMessage[];
  /** Dead ends, unreachable knots, choices without a score tag… (inkStoryProblems). */
  problems: InkMessage[];
  choicePoints: InkChoicePoint[];
}

/** The code whose change changes a result: the checks' sources and the ink runtime's version. */
const CODE = [
  '../domain/authoring/ink-compile.ts',
  '../domain/authoring/ink-explore.ts',
  '../domain/authoring/ink-checks.ts',
  '../domain/authoring/ink-source-map.ts',
  '../domain/authoring/ink-score-range.ts',
  '../domain/roleplay/roleplay-lookup.ts',
];
let codeHash: Promise<string> | undefined;

function codeVersion(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    for (const file of CODE) hash.update(await readFile(fileURLToPath(new URL(file, import.meta.url)), 'utf8'));
    // inkjs exports no package.json: read it beside the entry point that Node resolves.
    const entry = createRequire(import.meta.url).resolve('inkjs');
    const pkg = join(entry.slice(0, entry.lastIndexOf('node_modules/inkjs/') + 'node_modules/inkjs/'.length), 'package.json');
    hash.update((JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version);
    return hash.digest('hex');
  })();
  return codeHash;
}

/**
 * Compiles a script and walks every branch of it, or reads both from `.cache/ink` when the same script was
 * checked by the same code before: walking every branch of 25 role-plays is most of a content build, and a
 * rebuild after one changed line then walks that script only. `RELAIS_INK_CACHE` moves the cache.
 */
export async function checkInkCached(source: string): Promise<CheckedInk> {
  const dir = resolve(process.env.RELAIS_INK_CACHE ?? '.cache/ink');
  const key = createHash('sha256')
    .update(await codeVersion())
    .update(source)
    .digest('hex')
    .slice(0, 40);
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CheckedInk;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
  }
  const checked = checkInk(source);
  await mkdir(dir, { recursive: true });
  // A temporary name first: a build stopped half-way never leaves a torn entry.
  await writeFile(`${file}.part`, JSON.stringify(checked));
  await rename(`${file}.part`, file);
  return checked;
}

export function checkInk(source: string): CheckedInk {
  const compiled = compileInk(source);
  if (!compiled.json) return { ...compiled, problems: [], choicePoints: [] };
  const exploration = exploreInk(compiled.json);
  return {
    ...compiled,
    problems: inkStoryProblems(source, compiled.json, exploration, compiled.warnings),
    choicePoints: exploration.choicePoints,
  };
}
