import type { CsvTable } from '../../domain/trainer/csv';
import { learnerReport, type LearnerReport } from '../../domain/trainer/learner-report';
import { xapiStatements } from '../../domain/trainer/xapi';
import { trainerReports as tr } from '../../i18n/fr/trainer-reports';
import type { LearnerData, TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { itemTitles, loadReportContent, reportInput, roleplayTitles } from './report-data';
import type { TrainerIdentity } from './trainer-identity';

type State =
  | { kind: 'loading' }
  | { kind: 'no-content' }
  | { kind: 'no-learner' }
  | {
      kind: 'ready';
      report: LearnerReport;
      items: Map<string, string>;
      roleplays: Map<string, string>;
      ccps: Map<string, string>;
      data: LearnerData;
    };

const day = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(iso));

/** One learner's report, its CSV tables and its xAPI export. */
export class LearnerReportManager {
  #state = $state.raw<State>({ kind: 'loading' });

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    private readonly learnerId: string,
  ) {}

  get state(): State {
    return this.#state;
  }

  async load(): Promise<void> {
    const [content, data] = await Promise.all([loadReportContent(), this.repo.learnerData(this.learnerId)]);
    if (!content) return void (this.#state = { kind: 'no-content' });
    if (!data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'no-learner' });
    const report = learnerReport(content.programme, content.curriculum, await reportInput(data, content.curriculum));
    const [items, roleplays] = await Promise.all([
      itemTitles([...report.weakPoints.map((w) => w.itemId), ...report.written.map((w) => w.itemId)]),
      roleplayTitles(report.roleplays.flatMap((r) => (r.roleplayId ? [r.roleplayId] : []))),
    ]);
    this.#state = { kind: 'ready', report, items, roleplays, ccps: new Map(content.programme.blocks.map((b) => [b.id, b.title])), data };
  }

  roleplayName(row: LearnerReport['roleplays'][number]): string {
    const st = this.#state;
    if (row.roleplayId === null) return tr.learner.live(row.situation ?? '');
    return st.kind === 'ready' ? (st.roleplays.get(row.roleplayId) ?? row.roleplayId) : row.roleplayId;
  }

  tables(): Record<'results' | 'modules' | 'bilans' | 'weak' | 'roleplays' | 'written' | 'ecfs', CsvTable> | undefined {
    const st = this.#state;
    if (st.kind !== 'ready') return undefined;
    const r = st.report;
    const ratio = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 100) / 100);
    return {
      results: {
        header: ['CCP', tr.learner.competency, tr.learner.mastery, tr.learner.threshold, tr.learner.placement],
        rows: r.blocks.flatMap((b) => b.competencies.map((c) => [b.title, c.title, ratio(c.mastery), c.threshold, ratio(c.placement)])),
      },
      modules: {
        header: [tr.learner.module, tr.learner.status, tr.learner.planCol],
        rows: r.modules.map((m) => [m.title, tr.status[m.status], tr.plan[m.plan]]),
      },
      bilans: {
        header: [tr.learner.date, tr.learner.kind, tr.learner.decisions, tr.learner.notes],
        rows: r.bilans.map((b) => [day(b.at), tr.learner.bilanKind[b.kind], b.decisions, b.notes]),
      },
      weak: {
        header: [tr.learner.item, tr.learner.returns, tr.learner.wrong, tr.learner.due],
        rows: r.weakPoints.map((w) => [st.items.get(w.itemId) ?? w.itemId, w.returns, w.wrong, day(w.due)]),
      },
      roleplays: {
        header: [tr.learner.date, tr.learner.roleplay, tr.learner.run, tr.learner.automatic, tr.learner.trainer],
        rows: r.roleplays.map((x) => [day(x.at), this.roleplayName(x), x.run, ratio(x.automatic?.ratio), ratio(x.trainer?.ratio)]),
      },
      written: {
        header: [tr.learner.date, tr.learner.writtenItem, tr.learner.attempt, tr.learner.trainer],
        rows: r.written.map((w) => [day(w.at), st.items.get(w.itemId) ?? w.itemId, w.attempt, ratio(w.trainer?.ratio)]),
      },
      ecfs: {
        header: [tr.learner.date, 'CCP', tr.learner.ecfs],
        rows: r.ecfs.map((e) => [e.date, st.ccps.get(e.ccpId) ?? e.ccpId, tr.learner.acquired(e.acquired, e.total)]),
      },
    };
  }

  /** xAPI statements of the learner's events and trainer scores, as one JSON array for an LRS. */
  async xapi(): Promise<string | undefined> {
    const st = this.#state;
    if (st.kind !== 'ready') return undefined;
    const scores = st.data.work.filter((d) => d.type === 'roleplay-score');
    const base = `${location.origin}/relais`;
    const statements = await xapiStatements(st.data.events, scores, {
      homePage: `${base}/sites/${this.trainer.siteId}`,
      activityBase: `${base}/activities`,
      titles: st.roleplays,
    });
    return JSON.stringify(statements, null, 2);
  }
}
