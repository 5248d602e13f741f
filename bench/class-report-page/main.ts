import { flushSync, mount, unmount } from 'svelte';
import { replayLog } from '../../src/domain/path/path-replay';
import { classReport } from '../../src/domain/trainer/class-report';
import type { LearnerReportInput } from '../../src/domain/trainer/learner-report';
import HeatGrid from '../../src/ui/trainer/HeatGrid.svelte';
import { pathCurriculum } from '../../tests/factories/path.factory';
import { classInputs, reportProgramme } from '../../tests/support/report-factory';

const curriculum = pathCurriculum();
const programme = reportProgramme(curriculum);
let cold: LearnerReportInput[] = [];
let warm: LearnerReportInput[] = [];

/** Builds the class (untimed): the logs, and the path checkpoints a terminal keeps for each learner. */
function prepare(learners: number, events: number): number {
  cold = classInputs(curriculum, learners, events);
  warm = cold.map((input) => {
    const actor = replayLog(curriculum, input.events);
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    return { ...input, checkpoint: { persisted, throughSeq: input.events.at(-1)?.seq ?? 0 } };
  });
  return cold.reduce((n, i) => n + i.events.length, 0);
}

/** Computes the class report and draws its SVG grid; the time until the grid is in the DOM. */
function run(fromCheckpoints: boolean): { ms: number; cells: number } {
  const target = document.getElementById('target') as HTMLElement;
  const start = performance.now();
  const report = classReport(programme, curriculum, fromCheckpoints ? warm : cold);
  const app = mount(HeatGrid, { target, props: { report } });
  flushSync();
  const cells = target.querySelectorAll('rect').length;
  const ms = performance.now() - start;
  unmount(app);
  return { ms, cells };
}

Object.assign(window, { prepareClassReport: prepare, runClassReport: run });
document.title = 'ready';
