import type { VoiceMeasures } from '../../domain/voice/types';
import { customerWindows } from '../../domain/voice/oral-roleplay';
import { errors } from '../shell/error-state.svelte';
import { loadPlayer } from './audio-playback.svelte';
import type { MicProblem, Microphone, Take } from './recorder';

type Voice = [typeof import('./recorder'), typeof import('../../domain/voice/measure'), typeof import('../../domain/voice/remarks')];
/** The recorder and the measures load with the oral mode only. */
const loadVoice = (): Promise<Voice> =>
  Promise.all([import('./recorder'), import('../../domain/voice/measure'), import('../../domain/voice/remarks')]);

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
  #voice: Voice | undefined;
  /** Seconds into the take when the customer's line stopped playing. */
  #customerEndedAt: number | undefined;
  #pending: SpokenAnswer | undefined;
  /** Bumped by every new take or stop, so that a late callback of an older take changes nothing. */
  #take = 0;

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
      this.#voice ??= await loadVoice();
      if (!this.#mic) {
        const mic = await this.#voice[0].openMicrophone();
        if (take !== this.#take) return void mic.close();
        mic.onUnplugged(() => this.#fail('unplugged'));
        this.#mic = mic;
      }
      this.#mic.start();
    } catch (e) {
      if (take !== this.#take) return;
      return this.#fail(this.#voice && e instanceof this.#voice[0].MicError ? e.problem : 'failed', e);
    }
    this.#phase = 'recording';
    this.#customerTalking = customerLines.length > 0;
    const player = await loadPlayer();
    await player.playParts(customerLines.map((text) => ({ role: 'customer' as const, text })));
    if (take !== this.#take || this.#phase !== 'recording') return;
    this.#customerEndedAt = this.#mic?.elapsed();
    this.#customerTalking = false;
  }

  /** « J’ai fini de parler »: the take is measured; a silent one turns the mode off (the choice is still to make). */
  async done(): Promise<void> {
    const mic = this.#mic;
    const voice = this.#voice;
    if (this.#phase !== 'recording' || !mic || !voice) return;
    const take = this.#take;
    this.#phase = 'measuring';
    const ended = this.#customerTalking ? undefined : this.#customerEndedAt;
    this.#stopCustomer();
    let recorded: Take;
    try {
      recorded = await mic.stop();
    } catch (e) {
      return this.#fail(e instanceof voice[0].MicError ? e.problem : 'failed', e);
    }
    if (take !== this.#take) return;
    const measures = voice[1].measureVoice(recorded.samples, recorded.sampleRate, customerWindows(ended, recorded.durationSeconds));
    const remarks = voice[2].voiceRemarks(measures).map((r) => r.key);
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

  #fail(problem: OralProblem, cause?: unknown): void {
    if (cause !== undefined && problem === 'failed') console.error(cause);
    this.#problem = problem;
    this.#on = false;
    this.#reset();
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
    if (this.#customerTalking) void loadPlayer().then((p) => p.stopPlayback(), errors.report.bind(errors));
    this.#customerTalking = false;
  }
}
