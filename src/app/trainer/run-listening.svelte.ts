import type { TranscriptLine } from '../../domain/roleplay/roleplay-run';
import { listeningPlaylist, type ListeningItem } from '../../domain/voice/oral-roleplay';
import { markRunReviewed, runRecordings, type RecordingRow } from '../../storage/recordings';
import { ListenControl, type Listenable } from '../learner/listen-sequence.svelte';
import { db } from '../shell/services';

type ListeningState =
  | { kind: 'loading' }
  /** No take of this run on this terminal: the voice stays where it was recorded. */
  | { kind: 'elsewhere' }
  | { kind: 'ready'; items: ListeningItem<RecordingRow>[] }
  /** The score is signed: the takes of the run are deleted from this terminal. */
  | { kind: 'erased' };

/** The trainer listening to a learner's oral run on the terminal that recorded it: customer lines, then each answer. */
export class RunListening {
  #state = $state.raw<ListeningState>({ kind: 'loading' });
  readonly control = new ListenControl();

  constructor(
    readonly learnerId: string,
    readonly roleplayId: string,
    readonly run: number,
  ) {}

  get state(): ListeningState {
    return this.#state;
  }

  /** Reads this terminal's takes of the run, placed after the customer lines of the replayed transcript. */
  async load(lines: readonly (TranscriptLine & { choice?: unknown })[]): Promise<void> {
    const takes = await runRecordings(db, this.learnerId, this.roleplayId, this.run);
    this.#state = takes.length ? { kind: 'ready', items: listeningPlaylist(lines, takes) } : { kind: 'elsewhere' };
  }

  playAll(): Promise<void> {
    return this.control.toggle('all', this.#items().flatMap(piecesOf));
  }

  play(item: ListeningItem<RecordingRow>): Promise<void> {
    return this.control.toggle(`step-${item.step}`, piecesOf(item));
  }

  /** Called once the trainer's score is signed: a reviewed recording is deleted (issue 12 §4). */
  async reviewed(): Promise<void> {
    if (this.#state.kind !== 'ready') return;
    this.control.stop();
    await markRunReviewed(db, this.learnerId, this.roleplayId, this.run, new Date().toISOString());
    this.#state = { kind: 'erased' };
  }

  stop(): void {
    this.control.stop();
  }

  #items(): ListeningItem<RecordingRow>[] {
    return this.#state.kind === 'ready' ? this.#state.items : [];
  }
}

function piecesOf(item: ListeningItem<RecordingRow>): Listenable[] {
  const pieces: Listenable[] = [];
  if (item.customer.length) pieces.push({ kind: 'speech', parts: item.customer.map((text) => ({ role: 'customer' as const, text })) });
  if (item.recording) pieces.push({ kind: 'take', audio: item.recording.audio });
  return pieces;
}
