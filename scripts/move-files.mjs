#!/usr/bin/env node
// Moves files with `git mv` and rewrites every relative import that points at a moved file (or that a
// moved file makes). Usage: node scripts/move-files.mjs <mapping.json>, mapping = { "old/path": "new/path" }.
// A folder maps every file below it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const mapping = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const moves = new Map();
for (const [from, to] of Object.entries(mapping)) {
  for (const f of tracked) {
    if (f === from) moves.set(f, to);
    else if (f.startsWith(`${from}/`)) moves.set(f, join(to, f.slice(from.length + 1)));
  }
}
const trackedSet = new Set(tracked);
const EXTS = ['', '.ts', '.js', '.mjs', '.svelte', '/index.ts'];
function resolveOld(fromFile, spec) {
  const base = normalize(join(dirname(fromFile), spec));
  for (const ext of EXTS) if (trackedSet.has(base + ext)) return { path: base + ext, ext };
  return undefined;
}
const newOf = (p) => moves.get(p) ?? p;
const SOURCE = /\.(ts|mts|mjs|js|svelte)$/;
const SPEC = /((?:from\s+|import\s*\(\s*|import\s+|vi\.mock\(\s*)['"])(\.{1,2}\/[^'"]+)(['"])/g;
let changed = 0;
const rewrites = new Map();
for (const file of tracked.filter((f) => SOURCE.test(f) && !f.startsWith('node_modules/'))) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (all, pre, spec, post) => {
    const target = resolveOld(file, spec);
    if (!target) return all;
    const newTarget = newOf(target.path);
    if (newTarget === target.path && newOf(file) === file) return all;
    let rel = relative(dirname(newOf(file)), newTarget);
    if (target.ext) rel = rel.slice(0, rel.length - target.ext.length);
    if (target.ext === '/index.ts') rel = rel || '.';
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${pre}${rel}${post}`;
  });
  if (out !== text) rewrites.set(file, out);
}
for (const [from, to] of moves) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to]);
}
for (const [file, text] of rewrites) {
  writeFileSync(newOf(file), text);
  changed++;
}
console.log(`${moves.size} files moved, ${changed} files' imports rewritten`);
