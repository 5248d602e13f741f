import type { Roleplay } from '../../domain/content/roleplay.schema';
import type { RoleplayRun, RoleplaySave, TranscriptLine } from '../../domain/roleplay/roleplay-run';
import type { ChoiceOption, RoleplayDebrief } from '../../domain/roleplay/roleplay-scoring';
import { resumeOrRestart, scriptVersion } from '../../domain/roleplay/script-version';
import { linesToAnswer, oralDebriefSteps, type OralDebriefStep } from '../../domain/voice/oral-roleplay';
import { readOralMode, writeOralMode } from '../../storage/audio-preferences';
import type { RecordingRow } from '../../storage/recordings';
import { errors } from '../shell/error-state.svelte';
import { learnerPath } from './learner-path.svelte';
import { learnerStateRepository } from './learner-services';
import { contentRepository, db } from '../shell/services';
import { OralAnswer, type SpokenAnswer } from './oral-answer.svelte';
import { session } from './session-manager.svelte';
import { speakCustomer } from './speech';

/** A step answered aloud, as the debrief shows it. */
export type OralStep = OralDebriefStep<RecordingRow>;

type Engine = typeof import('../../domain/roleplay/roleplay-engine');

interface RoleplayDraft {
  run: number;
  save: RoleplaySave;
  /** The script version the run was saved on (`scriptVersion`). */
  script?: string;
}

type RoleplayPhase =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'broken' }
  | { kind: 'playing' }
  | { kind: 'debrief'; debrief: RoleplayDebrief };

/** One role-play being played by the signed-in learner; the ink engine loads only here. */
export class RoleplaySession {
  #roleplay = $state.raw<Roleplay | undefined>();
  #phase = $state.raw<RoleplayPhase>({ kind: 'loading' });
  /** True when a saved run was dropped because the trainer changed the script since. */
  #restarted = $state(false);
  #transcript = $state.raw<readonly TranscriptLine[]>([]);
  #options = $state.raw<ChoiceOption[]>([]);
  #consulted = $state.raw<readonly string[]>([]);
  #busy = $state(false);
  /** A locked module's role-play: played for practice, nothing of the run is recorded (see `isAllowedInModule`). */
  #practice = $state.raw<{ prerequisites: string[] } | undefined>();
  /** The steps answered aloud, for the debrief (from this terminal's recordings of the run). */
  #oralSteps = $state.raw<OralStep[]>([]);
  /** Older recordings removed to make room for the last one (the learner's quota). */
  #removedOldest = $state(0);
  /**
   * The oral mode (« Répondre à voix haute »): off unless the learner turns it on. The toggle is remembered
   * for him as it shows: a microphone problem that turns it off forgets it too.
   */
  readonly oral = new OralAnswer();
  #runNumber = 1;
  #run: RoleplayRun | undefined;
  #engine: Engine | undefined;

  constructor() {
    this.oral.onFailed = () => {
      const id = session.learner?.learnerId;
      if (id) writeOralMode(id, false);
    };
  }

  get roleplay() {
    return this.#roleplay;
  }
  get phase() {
    return this.#phase;
  }
  get restarted() {
    return this.#restarted;
  }
  get transcript() {
    return this.#transcript;
  }
  get options() {
    return this.#options;
  }
  get busy() {
    return this.#busy;
  }
  get practice() {
    return this.#practice;
  }
  get oralSteps() {
    return this.#oralSteps;
  }
  get removedOldest() {
    return this.#removedOldest;
  }
  /** The customer file (`fiche`) and the articles opened during this run. */
  get consulted() {
    return this.#consulted;
  }

  async load(roleplayId: string): Promise<void> {
    this.#phase = { kind: 'loading' };
    this.#oralSteps = [];
    this.#removedOldest = 0;
    try {
      await learnerPath.ensure();
      this.#engine ??= await import('../../domain/roleplay/roleplay-engine');
      const roleplay = await contentRepository.roleplay(roleplayId);
      this.#roleplay = roleplay;
      if (!roleplay) {
        this.#phase = { kind: 'missing' };
        return;
      }
      this.#practice = learnerPath.allows(roleplay.moduleId, 'play-roleplay')
        ? undefined
        : { prerequisites: learnerPath.prerequisitesOf(roleplay.moduleId) };
      let draft = await learnerStateRepository.draft<RoleplayDraft>(this.#learnerId(), this.#draftKey());
      // A run saved on an earlier version of the script starts again from the beginning, said on screen.
      this.#restarted = resumeOrRestart(draft, roleplay.ink) === 'restart';
      if (this.#restarted) {
        await learnerStateRepository.deleteDraft(this.#learnerId(), this.#draftKey());
        draft = undefined;
      }
      this.#runNumber = draft?.run ?? (await this.#previousRuns(roleplay.id)) + 1;
      this.#guard(() => {
        this.#run = new (this.#engine as Engine).RoleplayRun(roleplay.ink, draft?.save);
      });
      if (!this.#run) return;
      this.#show();
      if (this.#run.finished) return await this.#finish();
      this.#phase = { kind: 'playing' };
      if (this.oral.on) this.#listen();
      // A learner who answers aloud goes on aloud, in his next call or after a reload (the customer's
      // last lines are said again); without a microphone to give, the call goes on in text, said on screen.
      else if (readOralMode(this.#learnerId())) this.setOral(true);
      else if (!draft) speakCustomer(this.#transcript);
    } catch (e) {
      errors.report(e);
    }
  }

  async choose(index: number): Promise<void> {
    const run = this.#run;
    const roleplay = this.#roleplay;
    const option = this.#options[index];
    // In oral mode the options come once the learner has spoken.
    if (!run || !roleplay || !option || this.#busy || !this.oral.choosing) return;
    this.#busy = true;
    try {
      const step = run.points.length;
      const spoken = this.oral.takeAnswer();
      let said: TranscriptLine[] = [];
      this.#guard(() => {
        said = run.choose(index);
      });
      if (this.#phase.kind === 'broken') return;
      if (!this.#practice) {
        await learnerPath.record('roleplay.choice', {
          roleplayId: roleplay.id,
          run: this.#runNumber,
          step,
          choiceIndex: index,
          text: option.text.slice(0, 2000),
        });
        if (spoken) await this.#saveSpoken(spoken, roleplay.id, step);
      }
      await this.#saveDraft(run);
      this.#show();
      if (run.finished) await this.#finish();
      // In oral mode the customer always speaks (auto-play or not): the learner answers him aloud.
      else if (this.oral.on) this.#listen();
      else speakCustomer(said);
    } catch (e) {
      errors.report(e);
    } finally {
      this.#busy = false;
    }
  }

  /** The oral mode toggle, remembered for this learner: turned on mid-call, the customer's last lines are said again and answered aloud. */
  setOral(on: boolean): void {
    writeOralMode(this.#learnerId(), on);
    if (!on) this.oral.turnOff();
    else if (this.#phase.kind === 'playing') this.oral.turnOn(linesToAnswer(this.#transcript)).catch((e: unknown) => errors.report(e));
  }

  #listen(): void {
    this.oral.listen(linesToAnswer(this.#transcript)).catch((e: unknown) => errors.report(e));
  }

  /** The take is kept on this terminal (never synced); only its measures go in the learner's log. */
  async #saveSpoken(spoken: SpokenAnswer, roleplayId: string, step: number): Promise<void> {
    const { saveRecording } = await import('../../storage/recordings');
    const { take, measures } = spoken;
    const saved = await saveRecording(db, {
      learnerId: this.#learnerId(),
      kind: 'roleplay',
      roleplayId,
      run: this.#runNumber,
      step,
      createdAt: new Date().toISOString(),
      mimeType: take.mimeType,
      durationSeconds: take.durationSeconds,
      audio: take.blob,
      measures,
    });
    this.#removedOldest += saved.removedOldest;
    await learnerPath.record('voice.measured', { context: 'roleplay', roleplayId, run: this.#runNumber, step, measures });
  }

  /** The learner opens the customer file or an article during the call; the script is told, and the draft keeps it. */
  async consult(resource: string): Promise<void> {
    const run = this.#run;
    if (!run || this.#phase.kind !== 'playing' || this.#busy) return;
    this.#busy = true;
    try {
      let changed = false;
      this.#guard(() => {
        changed = run.consult(resource);
      });
      if (!changed || (this.#phase as RoleplayPhase).kind !== 'playing') return;
      await this.#saveDraft(run);
      this.#show();
      if (run.finished) await this.#finish();
    } catch (e) {
      errors.report(e);
    } finally {
      this.#busy = false;
    }
  }

  async #saveDraft(run: RoleplayRun): Promise<void> {
    await learnerStateRepository.saveDraft(this.#learnerId(), this.#draftKey(), {
      run: this.#runNumber,
      save: run.save(),
      script: scriptVersion(this.#roleplay?.ink ?? ''),
    } satisfies RoleplayDraft);
  }

  async restart(): Promise<void> {
    const roleplay = this.#roleplay;
    if (!roleplay) return;
    await learnerStateRepository.deleteDraft(this.#learnerId(), this.#draftKey());
    await this.load(roleplay.id);
  }

  async #finish(): Promise<void> {
    const run = this.#run;
    const roleplay = this.#roleplay;
    const engine = this.#engine;
    if (!run || !roleplay || !engine) return;
    const debrief = engine.scoreRun(run.points, roleplay.passThreshold);
    const scores: Record<string, { got: number; max: number }> = {};
    for (const [criterion, s] of Object.entries(debrief.scores)) if (s) scores[criterion] = s;
    if (!this.#practice) {
      await learnerPath.record('roleplay.finished', {
        roleplayId: roleplay.id,
        moduleId: roleplay.moduleId,
        run: this.#runNumber,
        ratio: debrief.ratio,
        passed: debrief.passed,
        scores,
      });
    }
    await learnerStateRepository.deleteDraft(this.#learnerId(), this.#draftKey());
    this.oral.turnOff();
    if (!this.#practice) {
      const { runRecordings } = await import('../../storage/recordings');
      this.#oralSteps = oralDebriefSteps(run.points, await runRecordings(db, this.#learnerId(), roleplay.id, this.#runNumber));
    }
    this.#phase = { kind: 'debrief', debrief };
  }

  /** A script failing at run time stops this role-play only, with a French message; nothing is written. */
  #guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      if (e instanceof Error && e.name === 'RoleplayScriptError') {
        console.error(e);
        this.#run = undefined;
        this.#phase = { kind: 'broken' };
        return;
      }
      throw e;
    }
  }

  #show(): void {
    const run = this.#run;
    if (!run) return;
    this.#transcript = run.transcript.slice();
    this.#consulted = run.consulted.slice();
    this.#options = run.finished ? [] : run.options;
  }

  async #previousRuns(roleplayId: string): Promise<number> {
    return learnerPath.view?.context.roleplayEvidence[roleplayId] !== undefined ? await countRuns(this.#learnerId(), roleplayId) : 0;
  }

  /** A practice run resumes as practice: it never becomes the draft of a run that counts. */
  #draftKey(): string {
    return `${this.#practice ? 'roleplay-practice' : 'roleplay'}:${this.#roleplay?.id ?? ''}`;
  }

  #learnerId(): string {
    const id = session.learner?.learnerId;
    if (!id) throw new Error('no learner signed in');
    return id;
  }
}

async function countRuns(learnerId: string, roleplayId: string): Promise<number> {
  const { progressRepository } = await import('./learner-services');
  const finished = await (await progressRepository()).named(learnerId, 'roleplay.finished');
  return finished.filter((e) => e.data.roleplayId === roleplayId).length;
}
