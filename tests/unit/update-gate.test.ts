import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each test: its state is the page's. */
const freshGate = () => {
  vi.resetModules();
  return import('../../src/app/shell/update-gate');
};

/** Whether `p` settles before the timers and microtasks now due have run. */
const settledNow = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the gate of background fetches', () => {
  it('lets them go when nothing holds them', async () => {
    const gate = await freshGate();
    expect(await gate.backgroundFetchMayGo()).toBe(true);
  });

  it('holds them until every check and install in progress has settled, even one that failed', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    let endCheck!: () => void;
    let failInstall!: (e: Error) => void;
    gate.holdBackgroundFetches(new Promise<void>((ok) => (endCheck = ok)));
    gate.holdBackgroundFetches(new Promise<void>((_, no) => (failInstall = no)));
    const go = gate.backgroundFetchMayGo();
    expect(await settledNow(go)).toBe(false);
    endCheck();
    expect(await settledNow(go)).toBe(false);
    failInstall(new Error('install failed'));
    expect(await settledNow(go)).toBe(true);
    expect(await go).toBe(true);
  });

  it('holds them while someone types, until the quiet time after the last key', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    gate.holdWhileTyping();
    const go = gate.backgroundFetchMayGo();
    await vi.advanceTimersByTimeAsync(gate.TYPING_QUIET_MS - 500);
    gate.holdWhileTyping();
    await vi.advanceTimersByTimeAsync(gate.TYPING_QUIET_MS - 100);
    expect(await settledNow(go)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settledNow(go)).toBe(true);
  });

  it('stops them once the user accepted a new version, even while held, and for good', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    let end!: () => void;
    gate.holdBackgroundFetches(new Promise<void>((ok) => (end = ok)));
    const go = gate.backgroundFetchMayGo();
    gate.acceptUpdate();
    end();
    expect(await go).toBe(false);
    expect(await gate.backgroundFetchMayGo()).toBe(false);
  });
});
