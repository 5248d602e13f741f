import type { Block } from '../content/programme.schema';
import type { ExamSection } from './exam.schema';

interface ReferenceChecks {
  /** Reports an id already used elsewhere in the pack. */
  unique(id: string, where: string): void;
  knownCompetency(id: string, where: string): void;
}

/** Cross-references of the exam sections: their CCP, grid, parts, lessons and role-plays. */
export function examReferenceErrors(sections: readonly ExamSection[], blocks: readonly Block[], checks: ReferenceChecks): string[] {
  const errors: string[] = [];
  for (const s of sections) {
    const where = `examen ${s.id}`;
    checks.unique(s.id, where);
    const block = s.ccpId ? blocks.find((b) => b.id === s.ccpId) : undefined;
    if (s.ccpId && block?.kind !== 'ccp') errors.push(`${where} : « ${s.ccpId} » n’est pas un CCP du programme`);
    // A CCP's grid assesses its own competencies, and the cross-cutting ones it includes.
    const known = new Set(blocks.flatMap((b) => b.competencies.map((c) => c.id)));
    const allowed = new Set(
      blocks.filter((b) => b.kind === 'transverse' || b.id === s.ccpId).flatMap((b) => b.competencies.map((c) => c.id)),
    );
    for (const row of s.grid) {
      checks.knownCompetency(row.competencyId, `${where}, grille`);
      if (block && known.has(row.competencyId) && !allowed.has(row.competencyId))
        errors.push(`${where}, grille : « ${row.competencyId} » n’est pas une compétence du ${s.ccpId}`);
    }
    const lessonIds = new Set(s.lessons.map((l) => l.id));
    const roleplayIds = new Set(s.roleplays.map((r) => r.id));
    for (const l of s.lessons) {
      checks.unique(l.id, `leçon ${l.id}`);
      checks.knownCompetency(l.competency, `${where}, leçon ${l.id}`);
    }
    for (const r of s.roleplays) {
      checks.unique(r.id, `jeu de rôle ${r.id}`);
      r.competencies.forEach((c) => checks.knownCompetency(c, `${where}, jeu de rôle ${r.id}`));
    }
    for (const p of s.parts) {
      if (p.kind === 'call' && !roleplayIds.has(p.roleplayId))
        errors.push(`${where} : l’appel « ${p.roleplayId} » n’est pas un jeu de rôle de la section (roleplays/)`);
      if (p.kind !== 'call' && !lessonIds.has(p.lessonId))
        errors.push(`${where} : la partie « ${p.lessonId} » n’est pas une leçon de la section (lessons/)`);
    }
  }
  return errors;
}
