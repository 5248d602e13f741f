import type { Programme } from '../content/programme.schema';

/** What the path needs to know about one module of the active pack. */
export interface PathModule {
  id: string;
  title: string;
  prerequisites: string[];
  competencies: string[];
  lessonIds: string[];
  quizId: string | null;
  roleplayIds: string[];
  /** Ratio each of the module's role-plays must reach. */
  roleplayThreshold: number;
}

interface PathCompetency {
  id: string;
  threshold: number;
}

interface PathCcp {
  id: string;
  title: string;
  competencyIds: string[];
}

/** The part of the content pack the learner path depends on; part of the machine's input and snapshot. */
export interface PathCurriculum {
  packHash: string;
  placementId: string | null;
  /** The placement's short role-plays, offered right after its questions. */
  placementRoleplayIds: string[];
  /** In teaching order. */
  modules: PathModule[];
  competencies: PathCompetency[];
  ccps: PathCcp[];
}

interface ModuleShape {
  id: string;
  title: string;
  order: number;
  prerequisites: string[];
  competencies: string[];
  lessonIds: string[];
  quiz: { id: string } | null;
  roleplayIds: string[];
  roleplayThreshold?: number;
}

export function curriculumOf(
  packHash: string,
  programme: Programme,
  modules: readonly ModuleShape[],
  placementId: string | null,
  placementRoleplayIds: readonly string[] = [],
): PathCurriculum {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const ordered = programme.moduleOrder.map((id) => byId.get(id)).filter((m): m is ModuleShape => m !== undefined);
  return {
    packHash,
    placementId,
    placementRoleplayIds: placementId ? placementRoleplayIds.slice() : [],
    modules: ordered.map((m) => ({
      id: m.id,
      title: m.title,
      prerequisites: m.prerequisites.slice(),
      competencies: m.competencies.slice(),
      lessonIds: m.lessonIds.slice(),
      quizId: m.quiz?.id ?? null,
      roleplayIds: m.roleplayIds.slice(),
      roleplayThreshold: m.roleplayThreshold ?? 0.6,
    })),
    competencies: programme.blocks.flatMap((b) => b.competencies.map((c) => ({ id: c.id, threshold: c.threshold }))),
    ccps: programme.blocks
      .filter((b) => b.kind === 'ccp')
      .map((b) => ({ id: b.id, title: b.title, competencyIds: b.competencies.map((c) => c.id) })),
  };
}
