import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each test: its state is the page's. */
const freshGate = () => {
  vi.resetModules();
  return import('../../src/app/shell/update-gate');
};

const settledWithin = async (p: Promise<unknown>, ms = 20) =>
  Promise.race([p.then(() => true), new Promise((ok) => setTimeout(() => ok(false), ms))]);

describe('the gate of background fetches', () => {
  it('lets them go when nothing is checked or installed', async () => {
    const gate = await freshGate();
    expect(await gate.backgroundFetchMayGo()).toBe(true);
  });

  it('holds them until every check and install in progress has settled, even one that failed', async () => {
    const gate = await freshGate();
    let endCheck!: () => void;
    let failInstall!: (e: Error) => void;
    gate.holdBackgroundFetches(new Promise<void>((ok) => (endCheck = ok)));
    gate.holdBackgroundFetches(new Promise<void>((_, no) => (failInstall = no)));
    const go = gate.backgroundFetchMayGo();
    expect(await settledWithin(go)).toBe(false);
    endCheck();
    expect(await settledWithin(go)).toBe(false);
    failInstall(new Error('install failed'));
    expect(await go).toBe(true);
  });

  it('stops them once the user accepted a new version, even while held', async () => {
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
