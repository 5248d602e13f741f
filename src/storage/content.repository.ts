import type { Lesson } from '../domain/content/module.schema';
import type { Placement } from '../domain/content/pack.schema';
import type { Programme } from '../domain/content/programme.schema';
import type { QuizItem } from '../domain/content/quiz.schema';
import type { Roleplay } from '../domain/content/roleplay.schema';
import type { TrainerSheet } from '../domain/content/teaching-sheet.schema';
import type { ExamSection } from '../domain/exam/exam.schema';
import { packKeyRange, type AppDb, type ModuleRow } from './app-db';
import { activePackHash } from './active-pack';

export interface ActiveContent {
  hash: string;
  builtAt: string;
  programme: Programme;
  placement: Placement | null;
}

/** Read access to the active content pack. */
export class ContentRepository {
  constructor(private readonly db: AppDb) {}

  async active(): Promise<ActiveContent | undefined> {
    const hash = await activePackHash(this.db);
    if (!hash) return undefined;
    const pack = await this.db.packs.get(hash);
    return pack && { hash, builtAt: pack.builtAt, programme: pack.programme, placement: pack.placement };
  }

  /** The active pack and its modules, read together in one transaction (the first screen's reads). */
  async overview(): Promise<{ active: ActiveContent | undefined; modules: ModuleRow[] }> {
    return this.db.transaction('r', this.db.meta, this.db.packs, this.db.modules, async () => {
      const hash = await activePackHash(this.db);
      if (!hash) return { active: undefined, modules: [] };
      const [pack, modules] = await Promise.all([this.db.packs.get(hash), this.db.modules.where('packHash').equals(hash).toArray()]);
      return {
        active: pack && { hash, builtAt: pack.builtAt, programme: pack.programme, placement: pack.placement },
        modules: modules.sort((a, b) => a.order - b.order),
      };
    });
  }

  async modules(): Promise<ModuleRow[]> {
    const hash = await activePackHash(this.db);
    if (!hash) return [];
    return (await this.db.modules.where('packHash').equals(hash).toArray()).sort((a, b) => a.order - b.order);
  }

  async module(id: string): Promise<ModuleRow | undefined> {
    const hash = await activePackHash(this.db);
    return hash ? this.db.modules.get([hash, id]) : undefined;
  }

  async lessonsOf(moduleId: string): Promise<Lesson[]> {
    const hash = await activePackHash(this.db);
    if (!hash) return [];
    return (await this.db.lessons.where('[packHash+moduleId]').equals([hash, moduleId]).toArray()).sort((a, b) => a.order - b.order);
  }

  async lesson(id: string): Promise<Lesson | undefined> {
    const hash = await activePackHash(this.db);
    return hash ? this.db.lessons.get([hash, id]) : undefined;
  }

  /** Scans the pack's items (they have no index by module, which would slow every import); a quiz reads its items by id. */
  async itemsOf(moduleId: string): Promise<QuizItem[]> {
    const hash = await activePackHash(this.db);
    if (!hash) return [];
    const [lower, upper] = packKeyRange(hash);
    const rows = await this.db.quizItems.where(':id').between(lower, upper, true, true).toArray();
    return rows.filter((row) => row.moduleId === moduleId);
  }

  async items(ids: readonly string[]): Promise<QuizItem[]> {
    const hash = await activePackHash(this.db);
    if (!hash) return [];
    const rows = await this.db.quizItems.bulkGet(ids.map((id) => [hash, id] as [string, string]));
    return rows.filter((r): r is NonNullable<typeof r> => r !== undefined);
  }

  async roleplay(id: string): Promise<Roleplay | undefined> {
    const hash = await activePackHash(this.db);
    if (!hash) return undefined;
    const row = await this.db.roleplays.get([hash, id]);
    if (row) return row;
    const pack = await this.db.packs.get(hash);
    return pack?.placement?.roleplays.find((r) => r.id === id) ?? pack?.exam?.flatMap((s) => s.roleplays).find((r) => r.id === id);
  }

  /** The exam sections of the active pack, in programme order. */
  async exam(): Promise<ExamSection[]> {
    const hash = await activePackHash(this.db);
    const pack = hash ? await this.db.packs.get(hash) : undefined;
    return pack?.exam ?? [];
  }

  /** The module's trainer sheet, if the active pack has one. */
  async trainerSheet(moduleId: string): Promise<TrainerSheet | undefined> {
    const hash = await activePackHash(this.db);
    return hash ? (await this.db.trainerSheets.get([hash, moduleId]))?.sheet : undefined;
  }

  /** Ids of the active pack's modules that have a trainer sheet, read from the keys alone. */
  async trainerSheetModuleIds(): Promise<Set<string>> {
    const hash = await activePackHash(this.db);
    if (!hash) return new Set();
    const keys = await this.db.trainerSheets.where('packHash').equals(hash).primaryKeys();
    return new Set(keys.map(([, moduleId]) => moduleId));
  }

  async roleplaysOf(moduleId: string): Promise<Roleplay[]> {
    const hash = await activePackHash(this.db);
    if (!hash) return [];
    return this.db.roleplays.where('[packHash+moduleId]').equals([hash, moduleId]).toArray();
  }
}
