import type { TimeWindow, VoiceMeasures, VoiceRemark } from '../../domain/voice/types';
import { customerWindows } from '../../domain/voice/oral-roleplay';
import { errors } from '../shell/error-state.svelte';
import { loadPlayer } from './audio-playback.svelte';
import { MicError, openMicrophone, type MicProblem, type Microphone, type Take } from './recorder';

/** The oral mode's I/O: the microphone, the measures, the customer's voice (a test gives its own). */
export interface OralIo {
  openMicrophone(): Promise<Microphone>;
  measure(take: Take, customer: TimeWindow[]): Promise<{ measures: VoiceMeasures; remarks: VoiceRemark['key'][] }>;
  /** Compiles the measures' code while the learner speaks (optional: a test's I/O may skip it). */
  warmUp?(): void;
  /** Says the customer's lines; resolves when they are said or stopped. */
  sayCustomer(lines: readonly string[]): Promise<void>;
  stopCustomer(): void;
}

const browserIo: OralIo = {
  openMicrophone,
  async measure(take, customer) {
    // The measures load with the oral mode only.
    const [{ measureVoice }, { voiceRemarks }] = await Promise.all([
      import('../../domain/voice/measure'),
      import('../../domain/voice/remarks'),
    ]);
    const measures = measureVoice(take.samples, take.sampleRate, customer);
    return { measures, remarks: voiceRemarks(measures).map((r) => r.key) };
  },
  warmUp() {
    import('../../domain/voice/measure').then(
      (m) => setTimeout(() => m.warmUpVoiceMeasures(), 0),
      (e: unknown) => errors.report(e),
    );
  },
  async sayCustomer(lines) {
    await (await loadPlayer()).playParts(lines.map((text) => ({ role: 'customer' as const, text })));
  },
  stopCustomer() {
    loadPlayer().then(
      (p) => p.stopPlayback(),
      (e: unknown) => errors.report(e),
    );
  },
};

export type OralProblem = MicProblem | 'silent';
type OralPhase = 'idle' | 'opening' | 'recording' | 'measuring' | 'picking';

/** A spoken answer waiting for the learner's pick, then saved with the step it answers. */
export interface SpokenAnswer {
  take: Take;
  measures: VoiceMeasures;
}

/**
 * The oral mode of one role-play: at each choice point the customer's line plays while the microphone
 * already records (so talking over him is measured), the learner speaks, then says he is done and picks the
 * closest option. Any microphone problem turns the mode off with its reason: the call goes on in text.
 */
export class OralAnswer {
  #on = $state(false);
  #phase = $state<OralPhase>('idle');
  #problem = $state<OralProblem | undefined>();
  #saturated = $state(false);
  #customerTalking = $state(false);
  #mic: Microphone | undefined;
  /** Seconds into the take when the customer's line stopped playing. */
  #customerEndedAt: number | undefined;
  #pending: SpokenAnswer | undefined;
  /** Bumped by every new take or stop, so that a late callback of an older take changes nothing. */
  #take = 0;

  /** Told when a problem turns the mode off (the screen remembers the toggle as it now shows). */
  onFailed: ((problem: OralProblem) => void) | undefined;

  constructor(private readonly io: OralIo = browserIo) {}

  get on(): boolean {
    return this.#on;
  }
  get phase(): OralPhase {
    return this.#phase;
  }
  /** Why the mode turned itself off (shown in French), until the learner turns it on again. */
  get problem(): OralProblem | undefined {
    return this.#problem;
  }
  /** The last take hit full scale: said, but the take is kept. */
  get saturated(): boolean {
    return this.#saturated;
  }
  get customerTalking(): boolean {
    return this.#customerTalking;
  }
  /** Seconds into the take being recorded (read by the live timer), 0 when none is. */
  elapsed(): number {
    return this.#phase === 'recording' ? (this.#mic?.elapsed() ?? 0) : 0;
  }
  /** Choices are shown in text mode, and in oral mode once the learner has spoken. */
  get choosing(): boolean {
    return !this.#on || this.#phase === 'picking';
  }

  /** Turns the mode on and starts answering the lines on screen (said again). */
  async turnOn(customerLines: readonly string[]): Promise<void> {
    this.#on = true;
    this.#problem = undefined;
    await this.listen(customerLines);
  }

  turnOff(): void {
    this.#on = false;
    this.#reset();
  }

  /** A new choice point: the customer's lines play and the take starts with them. */
  async listen(customerLines: readonly string[]): Promise<void> {
    if (!this.#on) return;
    const take = this.#reset();
    this.#phase = 'opening';
    try {
      if (!this.#mic) {
        const mic = await this.io.openMicrophone();
        if (take !== this.#take) return void mic.close();
        mic.onUnplugged(() => this.#unplugged(mic));
        this.#mic = mic;
      }
      this.#mic.start();
      this.io.warmUp?.();
    } catch (e) {
      if (take !== this.#take) return;
      return this.#fail(e instanceof MicError ? e.problem : 'failed', e);
    }
    this.#phase = 'recording';
    this.#customerTalking = customerLines.length > 0;
    await this.io.sayCustomer(customerLines);
    if (take !== this.#take || this.#phase !== 'recording') return;
    this.#customerEndedAt = this.#mic?.elapsed();
    this.#customerTalking = false;
  }

  /** « J’ai fini de parler »: the take is measured; a silent one turns the mode off (the choice is still to make). */
  async done(): Promise<void> {
    const mic = this.#mic;
    if (this.#phase !== 'recording' || !mic) return;
    const take = this.#take;
    this.#phase = 'measuring';
    const ended = this.#customerTalking ? undefined : this.#customerEndedAt;
    this.#stopCustomer();
    let recorded: Take;
    try {
      recorded = await mic.stop();
    } catch (e) {
      if (take === this.#take) this.#fail(e instanceof MicError ? e.problem : 'failed', e);
      return;
    }
    if (take !== this.#take) return;
    let measured: Awaited<ReturnType<OralIo['measure']>>;
    try {
      measured = await this.io.measure(recorded, customerWindows(ended, recorded.durationSeconds));
    } catch (e) {
      if (take === this.#take) this.#fail('failed', e);
      return;
    }
    if (take !== this.#take) return;
    const { measures, remarks } = measured;
    if (remarks.includes('silent')) return this.#fail('silent');
    this.#saturated = remarks.includes('saturated');
    this.#pending = { take: recorded, measures };
    this.#phase = 'picking';
  }

  /** The spoken answer of this choice point, once: the session saves it with the choice. */
  takeAnswer(): SpokenAnswer | undefined {
    const answer = this.#pending;
    this.#pending = undefined;
    return answer;
  }

  /** The screen is left: the microphone is given back. */
  close(): void {
    this.turnOff();
    this.#mic?.close();
    this.#mic = undefined;
  }

  /** Mid-take, the take is lost and the call goes on in text; between takes, the next one opens the device afresh. */
  #unplugged(mic: Microphone): void {
    if (this.#mic !== mic) return;
    if (this.#phase === 'recording' || this.#phase === 'measuring') this.#fail('unplugged');
    else {
      mic.close();
      this.#mic = undefined;
    }
  }

  #fail(problem: OralProblem, cause?: unknown): void {
    if (cause !== undefined && problem === 'failed') console.error(cause);
    this.#problem = problem;
    this.#on = false;
    this.#reset();
    this.onFailed?.(problem);
    // A device that failed or went away is opened afresh next time.
    this.#mic?.close();
    this.#mic = undefined;
  }

  #reset(): number {
    this.#stopCustomer();
    // A take left unfinished (mode turned off, screen left, device gone) is stopped and dropped.
    if (this.#phase === 'recording')
      this.#mic?.stop().then(
        () => undefined,
        (e: unknown) => console.error(e),
      );
    this.#pending = undefined;
    this.#saturated = false;
    this.#customerEndedAt = undefined;
    this.#phase = 'idle';
    return ++this.#take;
  }

  #stopCustomer(): void {
    if (this.#customerTalking) this.io.stopCustomer();
    this.#customerTalking = false;
  }
}
