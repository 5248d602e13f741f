import { describe, expect, it, vi } from 'vitest';
import { OralAnswer, type OralIo } from '../../src/app/learner/oral-answer.svelte';
import { MicError, type Microphone, type Take } from '../../src/app/learner/recorder';
import type { TimeWindow, VoiceMeasures, VoiceRemark } from '../../src/domain/voice/types';

const MEASURES: VoiceMeasures = {
  durationSeconds: 3,
  speakingSeconds: 2,
  longestSilenceSeconds: 0.4,
  syllablesPerSecond: 4.5,
  loudnessDb: -20,
  clippedShare: 0,
  overlapSeconds: 0,
  pitchMedianHz: 140,
  pitchSpreadSemitones: 3,
};

/** A microphone whose clock the test sets; its takes last as long as that clock says. */
class FakeMic implements Microphone {
  clock = 0;
  starts = 0;
  closed = false;
  recording = false;
  unplug: (() => void) | undefined;
  start(): void {
    this.starts++;
    this.recording = true;
  }
  async stop(): Promise<Take> {
    this.recording = false;
    return {
      blob: new Blob(['take']),
      mimeType: 'audio/webm',
      samples: new Float32Array(8),
      sampleRate: 48_000,
      durationSeconds: this.clock,
    };
  }
  elapsed(): number {
    return this.recording ? this.clock : 0;
  }
  onUnplugged(cb: () => void): void {
    this.unplug = cb;
  }
  close(): void {
    this.closed = true;
  }
}

/** Test I/O: the customer speaks until `endCustomer()` (or a stop); the measures report what the test says. */
function fakeIo(opts: { open?: () => Promise<Microphone>; remarks?: VoiceRemark['key'][] } = {}) {
  const mic = new FakeMic();
  const seen: { windows: TimeWindow[][]; said: string[][] } = { windows: [], said: [] };
  let endCustomer: () => void = () => undefined;
  const io: OralIo = {
    openMicrophone: opts.open ?? (async () => mic),
    async measure(_take, windows) {
      seen.windows.push(windows);
      return { measures: MEASURES, remarks: opts.remarks ?? ['rateGood'] };
    },
    sayCustomer(lines) {
      seen.said.push([...lines]);
      if (!lines.length) return Promise.resolve();
      return new Promise((resolve) => (endCustomer = resolve));
    },
    stopCustomer() {
      endCustomer();
    },
  };
  return { io, mic, seen, endCustomer: () => endCustomer() };
}

describe('the oral answer of a role-play step', () => {
  it('records from the customer’s first word; the window is the customer’s line; the answer is kept for the pick', async () => {
    const { io, mic, seen, endCustomer } = fakeIo();
    const oral = new OralAnswer(io);
    const listening = oral.turnOn(['Allô ?', 'Je vous entends mal.']);
    await vi.waitFor(() => expect(oral.phase).toBe('recording'));
    expect(oral.customerTalking).toBe(true);
    expect(oral.choosing).toBe(false);
    expect(seen.said).toEqual([['Allô ?', 'Je vous entends mal.']]);
    mic.clock = 1.5;
    endCustomer();
    await listening;
    expect(oral.customerTalking).toBe(false);
    mic.clock = 4;
    await oral.done();
    expect(seen.windows).toEqual([[{ start: 0, end: 1.5 }]]);
    expect(oral.phase).toBe('picking');
    expect(oral.choosing).toBe(true);
    expect(oral.takeAnswer()?.measures).toEqual(MEASURES);
    // Taken once: the next pick has no answer of its own.
    expect(oral.takeAnswer()).toBeUndefined();
  });

  it('a learner who talks over the customer to the end: the window is the whole take', async () => {
    const { io, mic, seen } = fakeIo();
    const oral = new OralAnswer(io);
    void oral.turnOn(['Bonjour.']);
    await vi.waitFor(() => expect(oral.phase).toBe('recording'));
    mic.clock = 2;
    await oral.done();
    expect(seen.windows).toEqual([[{ start: 0, end: 2 }]]);
  });

  it('a refused microphone turns the mode off with its reason: the choices are shown', async () => {
    const { io } = fakeIo({ open: () => Promise.reject(new MicError('denied')) });
    const oral = new OralAnswer(io);
    await oral.turnOn(['Allô ?']);
    expect([oral.on, oral.problem, oral.choosing]).toEqual([false, 'denied', true]);
    expect(oral.takeAnswer()).toBeUndefined();
  });

  it('an unexpected failure to open is « failed »', async () => {
    const { io } = fakeIo({ open: () => Promise.reject(new Error('boom')) });
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    expect(oral.problem).toBe('failed');
  });

  it('a silent take is not kept: the mode turns off with « silent »', async () => {
    const { io, mic } = fakeIo({ remarks: ['silent', 'tooShort'] });
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    mic.clock = 3;
    await oral.done();
    expect([oral.on, oral.problem, oral.choosing]).toEqual([false, 'silent', true]);
    expect(oral.takeAnswer()).toBeUndefined();
    expect(mic.closed).toBe(true);
  });

  it('a saturated take is kept, and said', async () => {
    const { io, mic } = fakeIo({ remarks: ['saturated'] });
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    mic.clock = 3;
    await oral.done();
    expect([oral.on, oral.saturated, oral.phase]).toEqual([true, true, 'picking']);
    expect(oral.takeAnswer()).toBeDefined();
  });

  it('unplugged mid-take: the take is dropped and the call goes on in text; turned on again, the device is opened afresh', async () => {
    const { io, mic } = fakeIo();
    let opened = 0;
    io.openMicrophone = async () => {
      opened++;
      return mic;
    };
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    mic.unplug?.();
    expect([oral.on, oral.problem, oral.choosing, mic.recording, mic.closed]).toEqual([false, 'unplugged', true, false, true]);
    expect(oral.takeAnswer()).toBeUndefined();
    await oral.turnOn([]);
    expect([opened, oral.problem, oral.phase]).toEqual([2, undefined, 'recording']);
  });

  it('unplugged after the take, before the pick: the answer is kept, the next step opens the device again', async () => {
    const { io, mic } = fakeIo();
    let opened = 0;
    io.openMicrophone = async () => {
      opened++;
      return mic;
    };
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    mic.clock = 2;
    await oral.done();
    mic.unplug?.();
    expect([oral.on, oral.problem, oral.phase]).toEqual([true, undefined, 'picking']);
    expect(oral.takeAnswer()).toBeDefined();
    await oral.listen([]);
    expect([opened, mic.starts]).toEqual([2, 2]);
  });

  it('turned off mid-take: the recorder stops and nothing is kept; the screen left gives the microphone back', async () => {
    const { io, mic } = fakeIo();
    const oral = new OralAnswer(io);
    await oral.turnOn([]);
    oral.turnOff();
    expect([oral.on, oral.problem, oral.phase, mic.recording]).toEqual([false, undefined, 'idle', false]);
    expect(oral.takeAnswer()).toBeUndefined();
    await oral.done();
    expect(oral.phase).toBe('idle');
    oral.close();
    expect(mic.closed).toBe(true);
  });
});
