import { MICRO_SENTENCES, type MicroSentence } from '../../domain/voice/micro-sentences';
import { measureVoice, warmUpVoiceMeasures } from '../../domain/voice/measure';
import { voiceRemarks } from '../../domain/voice/remarks';
import type { VoiceMeasures, VoiceRemark } from '../../domain/voice/types';
import { countLearnerRecordings, deleteLearnerRecordings, saveRecording } from '../../storage/recordings';
import { errors } from '../shell/error-state.svelte';
import { db } from '../shell/services';
import { playParts, stopPlayback } from './audio-player';
import { learnerPath } from './learner-path.svelte';
import { MicError, type Microphone, type MicProblem, openMicrophone } from './recorder';
import { session } from './session-manager.svelte';

/** What the learner is told about a take: a microphone problem, or a take with nothing to measure or too loud. */
export type TakeProblem = MicProblem | 'silent' | 'saturated';

export type DrillPhase = 'idle' | 'opening' | 'recording' | 'measuring';

/** Under this much speech a take is silent: nothing is measured nor kept. */
export const SILENT_UNDER_SECONDS = 0.3;
/** Above this share of clipped samples a take is saturated (kept, with the advice to move the microphone away). */
export const SATURATED_OVER = 0.01;
/** A drill sentence takes a few seconds: a take is stopped by itself after this. */
const MAX_TAKE_SECONDS = 30;

interface DrillResult {
  measures: VoiceMeasures;
  remarks: VoiceRemark[];
  /** An object URL of the take, to hear oneself. */
  url: string;
}

/**
 * The « micro » drill: hear a model sentence, read it aloud, hear oneself and see the measures. The
 * take is kept on this terminal only ([W26]); the measures go into a `voice.measured` event. Every
 * problem becomes a `problem` the screen words in French, and the drill stays usable.
 */
export class MicroDrill {
  readonly sentences = MICRO_SENTENCES;
  #index = $state(0);
  #phase = $state<DrillPhase>('idle');
  #problem = $state<TakeProblem | undefined>(undefined);
  #elapsed = $state(0);
  #result = $state.raw<DrillResult | undefined>(undefined);
  #count = $state(0);
  #removedOldest = $state(0);
  #deleted = $state<number | undefined>(undefined);
  #mic: Microphone | undefined;
  #unplugged = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #replay: HTMLAudioElement | undefined;

  get sentence(): MicroSentence {
    return this.sentences[this.#index] ?? this.sentences[0]!;
  }
  get index() {
    return this.#index;
  }
  get phase() {
    return this.#phase;
  }
  get problem() {
    return this.#problem;
  }
  get elapsed() {
    return this.#elapsed;
  }
  get result() {
    return this.#result;
  }
  /** The learner's takes on this terminal. */
  get count() {
    return this.#count;
  }
  /** Old takes removed by the quota when the last one was saved. */
  get removedOldest() {
    return this.#removedOldest;
  }
  /** How many takes the last « Effacer » removed. */
  get deleted() {
    return this.#deleted;
  }

  async load(): Promise<void> {
    const learnerId = session.learner?.learnerId;
    if (!learnerId) return;
    try {
      this.#count = await countLearnerRecordings(db, learnerId);
    } catch (e) {
      errors.report(e);
    }
  }

  choose(index: number): void {
    if (this.#phase !== 'idle') return;
    this.#index = ((index % this.sentences.length) + this.sentences.length) % this.sentences.length;
    this.#clearResult();
    this.#problem = undefined;
  }

  next(): void {
    this.choose(this.#index + 1);
  }

  /** The model advisor says the sentence (its rendered file, else the browser's voice). */
  listenModel(): Promise<void> {
    return playParts([{ role: 'advisor', text: this.sentence.text }]);
  }

  async record(): Promise<void> {
    if (this.#phase !== 'idle') return;
    stopPlayback();
    this.#clearResult();
    this.#problem = undefined;
    this.#deleted = undefined;
    this.#removedOldest = 0;
    this.#phase = 'opening';
    try {
      const mic = await openMicrophone();
      this.#mic = mic;
      this.#unplugged = false;
      mic.onUnplugged(() => {
        this.#unplugged = true;
        void this.stop();
      });
      mic.start();
      // The measures' code compiles while the learner speaks, not after « Arrêter ».
      setTimeout(warmUpVoiceMeasures, 0);
      this.#phase = 'recording';
      this.#elapsed = 0;
      this.#timer = setInterval(() => {
        this.#elapsed = mic.elapsed();
        if (this.#elapsed >= MAX_TAKE_SECONDS) void this.stop();
      }, 250);
    } catch (e) {
      this.#closeMic();
      this.#phase = 'idle';
      this.#fail(e);
    }
  }

  async stop(): Promise<void> {
    const mic = this.#mic;
    if (this.#phase !== 'recording' || !mic) return;
    this.#phase = 'measuring';
    clearInterval(this.#timer);
    try {
      const take = await mic.stop();
      this.#closeMic();
      if (this.#unplugged) {
        this.#problem = 'unplugged';
        return;
      }
      const measures = measureVoice(take.samples, take.sampleRate);
      if (measures.speakingSeconds < SILENT_UNDER_SECONDS) {
        this.#problem = 'silent';
        return;
      }
      if (measures.clippedShare > SATURATED_OVER) this.#problem = 'saturated';
      await this.#keep(take.blob, take.mimeType, measures);
    } catch (e) {
      this.#closeMic();
      this.#fail(this.#unplugged ? new MicError('unplugged') : e);
    } finally {
      this.#phase = 'idle';
    }
  }

  /** Plays the learner's last take. */
  replay(): void {
    if (!this.#result) return;
    stopPlayback();
    this.#replay?.pause();
    this.#replay = new Audio(this.#result.url);
    this.#replay.play().catch((e: unknown) => errors.report(e));
  }

  /** « Effacer mes enregistrements »: every take of the learner on this terminal. */
  async deleteAll(): Promise<void> {
    const learnerId = session.learner?.learnerId;
    if (!learnerId || this.#phase !== 'idle') return;
    try {
      this.#deleted = await deleteLearnerRecordings(db, learnerId);
      this.#count = 0;
      this.#removedOldest = 0;
      this.#clearResult();
    } catch (e) {
      errors.report(e);
    }
  }

  /** Leaving the screen: the microphone is released and the take's URL freed. */
  destroy(): void {
    clearInterval(this.#timer);
    this.#closeMic();
    this.#clearResult();
    stopPlayback();
  }

  async #keep(blob: Blob, mimeType: string, measures: VoiceMeasures): Promise<void> {
    const learnerId = session.learner?.learnerId;
    if (!learnerId) return;
    const { id: sentenceId } = this.sentence;
    const saved = await saveRecording(db, {
      learnerId,
      kind: 'micro',
      sentenceId,
      createdAt: new Date().toISOString(),
      mimeType,
      durationSeconds: measures.durationSeconds,
      audio: blob,
      measures,
    });
    await learnerPath.record('voice.measured', { context: 'micro', sentenceId, measures });
    this.#removedOldest = saved.removedOldest;
    this.#count = await countLearnerRecordings(db, learnerId);
    this.#result = { measures, remarks: voiceRemarks(measures), url: URL.createObjectURL(blob) };
  }

  #fail(e: unknown): void {
    if (e instanceof MicError) this.#problem = e.problem;
    else errors.report(e);
  }

  #closeMic(): void {
    this.#mic?.close();
    this.#mic = undefined;
  }

  #clearResult(): void {
    this.#replay?.pause();
    this.#replay = undefined;
    if (this.#result) URL.revokeObjectURL(this.#result.url);
    this.#result = undefined;
  }
}
