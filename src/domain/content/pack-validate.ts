import * as v from 'valibot';
import { ContentPack, PACK_FORMAT, PackEnvelope, type PackBody } from './pack.schema';
import { packHash } from './pack-hash';
import { htmlFieldsProblem } from './html-allowlist';
import { examReferenceErrors } from '../exam/exam-references';

type PackCheck =
  | { ok: true; pack: ContentPack }
  | { ok: false; reason: 'not-a-pack' | 'newer-format' | 'invalid' | 'hash-mismatch'; details: string[] };

/** Cross-references a schema cannot see: ids unique, competencies and prerequisites that exist. */
export function packReferenceErrors(body: PackBody): string[] {
  const errors: string[] = [];
  const competencies = new Set(body.programme.blocks.flatMap((b) => b.competencies.map((c) => c.id)));
  const moduleIds = new Set(body.modules.map((m) => m.id));
  const seen = new Map<string, string>();
  const unique = (id: string, where: string) => {
    const prev = seen.get(id);
    if (prev) errors.push(`${where} : l’identifiant « ${id} » est déjà utilisé par ${prev}`);
    else seen.set(id, where);
  };
  const knownCompetency = (id: string, where: string) => {
    if (!competencies.has(id)) errors.push(`${where} : la compétence « ${id} » n’existe pas dans le programme`);
  };
  for (const block of body.programme.blocks) {
    unique(block.id, `bloc ${block.id}`);
    for (const c of block.competencies) unique(c.id, `compétence ${c.id}`);
  }
  for (const id of body.programme.moduleOrder) {
    if (!moduleIds.has(id)) errors.push(`programme : le module « ${id} » est annoncé mais absent`);
  }
  for (const m of body.modules) {
    const where = `module ${m.id}`;
    unique(m.id, where);
    m.competencies.forEach((c) => knownCompetency(c, where));
    for (const p of m.prerequisites) {
      if (!moduleIds.has(p)) errors.push(`${where} : le prérequis « ${p} » n’existe pas`);
      if (p === m.id) errors.push(`${where} : un module ne peut pas être son propre prérequis`);
    }
    for (const l of m.lessons) {
      unique(l.id, `leçon ${l.id}`);
      knownCompetency(l.competency, `leçon ${l.id}`);
    }
    const itemIds = new Set(m.items.map((i) => i.id));
    for (const i of m.items) {
      unique(i.id, `question ${i.id}`);
      knownCompetency(i.competency, `question ${i.id}`);
    }
    if (m.quiz) {
      unique(m.quiz.id, `quiz ${m.quiz.id}`);
      for (const id of m.quiz.itemIds) if (!itemIds.has(id)) errors.push(`quiz ${m.quiz.id} : question « ${id} » absente`);
    }
    for (const r of m.roleplays) {
      unique(r.id, `jeu de rôle ${r.id}`);
      r.competencies.forEach((c) => knownCompetency(c, `jeu de rôle ${r.id}`));
    }
  }
  if (body.placement) {
    for (const i of body.placement.items) {
      unique(i.id, `question ${i.id}`);
      knownCompetency(i.competency, `positionnement, question ${i.id}`);
    }
    for (const r of body.placement.roleplays) {
      unique(r.id, `jeu de rôle ${r.id}`);
      r.competencies.forEach((c) => knownCompetency(c, `positionnement, jeu de rôle ${r.id}`));
    }
  }
  errors.push(...examReferenceErrors(body.exam ?? [], body.programme.blocks, { unique, knownCompetency }));
  errors.push(...prerequisiteCycles(body.modules));
  return errors;
}

function prerequisiteCycles(modules: PackBody['modules']): string[] {
  return prerequisiteLoops(modules).map((loop) => `prérequis en boucle : ${loop.join(' → ')}`);
}

/** Each loop of prerequisites, as the ids along it (`[a, b, a]`); the authoring space shares it. */
export function prerequisiteLoops(modules: readonly { id: string; prerequisites: readonly string[] }[]): string[][] {
  const prereqs = new Map(modules.map((m) => [m.id, m.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const loops: string[][] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      loops.push([...path, id]);
      return;
    }
    state.set(id, 'visiting');
    for (const p of prereqs.get(id) ?? []) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  for (const m of modules) visit(m.id, []);
  return loops;
}

export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path} : ${issue.message}` : issue.message;
  });
}

/**
 * Checks an untrusted pack's envelope, format, schema and references: everything but its content hash,
 * which `packHashMatches` checks (an import hashes while it writes the rows in staging).
 */
export function checkPackShape(input: unknown): PackCheck {
  const envelope = v.safeParse(PackEnvelope, input);
  if (!envelope.success) return { ok: false, reason: 'not-a-pack', details: formatIssues(envelope.issues) };
  if (envelope.output.format > PACK_FORMAT) {
    return { ok: false, reason: 'newer-format', details: [`format ${envelope.output.format} > ${PACK_FORMAT}`] };
  }
  const parsed = v.safeParse(ContentPack, input);
  if (!parsed.success) return { ok: false, reason: 'invalid', details: formatIssues(parsed.issues).slice(0, 20) };
  const refs = packReferenceErrors(parsed.output);
  if (refs.length) return { ok: false, reason: 'invalid', details: refs.slice(0, 20) };
  const html = htmlFieldsProblem(parsed.output);
  if (html) return { ok: false, reason: 'invalid', details: [html] };
  return { ok: true, pack: parsed.output };
}

/** Whether a pack's content is the one its hash names. It serializes the pack at once; only the digest is awaited. */
export async function packHashMatches(pack: ContentPack): Promise<boolean> {
  return (await packHash(pack)) === pack.hash;
}

export const hashMismatch = (): PackCheck & { ok: false } => ({
  ok: false,
  reason: 'hash-mismatch',
  details: ['le contenu ne correspond pas à son empreinte'],
});

/** Checks an untrusted pack: envelope, format, schema, references and content hash. */
export async function checkPack(input: unknown): Promise<PackCheck> {
  const shape = checkPackShape(input);
  if (!shape.ok) return shape;
  return (await packHashMatches(shape.pack)) ? shape : hashMismatch();
}
