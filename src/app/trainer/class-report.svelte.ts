import { classReport, type ClassReport } from '../../domain/trainer/class-report';
import type { CsvTable } from '../../domain/trainer/csv';
import { trainerReports as tr } from '../../i18n/fr/trainer-reports';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { itemTitles, loadReportContent, reportInput } from './report-data';
import type { TrainerIdentity } from './trainer-identity';

type State =
  | { kind: 'loading' }
  | { kind: 'no-content' }
  | { kind: 'ready'; report: ClassReport; items: Map<string, string>; modules: Map<string, string> };

/** The class report of the trainer's site: loads the site's learners and computes the report once. */
export class ClassReportManager {
  #state = $state.raw<State>({ kind: 'loading' });

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
  ) {}

  get state(): State {
    return this.#state;
  }

  async load(): Promise<void> {
    const content = await loadReportContent();
    if (!content) {
      this.#state = { kind: 'no-content' };
      return;
    }
    const data = await this.repo.siteData(this.trainer.siteId);
    const inputs = await Promise.all(data.map((d) => reportInput(d, content.curriculum)));
    const report = classReport(content.programme, content.curriculum, inputs);
    const ids = [
      ...report.mostFailed.map((f) => f.itemId),
      ...report.rows.flatMap((r) => r.stuck.flatMap((s) => (s.kind === 'repeated-failure' ? [s.itemId] : []))),
    ];
    this.#state = {
      kind: 'ready',
      report,
      items: await itemTitles(ids),
      modules: new Map(content.curriculum.modules.map((m) => [m.id, m.title])),
    };
  }

  stuckText(s: ClassReport['rows'][number]['stuck'][number]): string {
    const st = this.#state;
    if (st.kind !== 'ready') return '';
    return s.kind === 'no-progress'
      ? tr.class.noProgress(s.sessions, s.moduleId ? (st.modules.get(s.moduleId) ?? s.moduleId) : '')
      : tr.class.repeated(st.items.get(s.itemId) ?? s.itemId, s.failures);
  }

  tables(): Record<'grid' | 'stuck' | 'failed', CsvTable> | undefined {
    const st = this.#state;
    if (st.kind !== 'ready') return undefined;
    const r = st.report;
    return {
      grid: {
        header: [tr.class.learner, ...r.competencies.map((c) => c.title), tr.class.modulesDone, tr.class.hours],
        rows: r.rows.map((row) => [
          row.learner.firstName,
          ...r.competencies.map((c) => Math.round((row.mastery[c.id] ?? 0) * 100) / 100),
          row.modulesDone,
          Math.round(row.activeHours * 10) / 10,
        ]),
      },
      stuck: {
        header: [tr.class.learner, tr.class.stuck],
        rows: r.rows.flatMap((row) => row.stuck.map((s) => [row.learner.firstName, this.stuckText(s)])),
      },
      failed: {
        header: [tr.learner.item, tr.class.wrong, tr.class.answers, tr.class.learners],
        rows: r.mostFailed.map((f) => [st.items.get(f.itemId) ?? f.itemId, f.wrong, f.answers, f.learners]),
      },
    };
  }
}
