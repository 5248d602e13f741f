import { median, round } from './static-server';

/** A figure over several runs: its median and the range it moved in. */
export type Spread = { median: number; min: number; max: number };

export const spread = (values: readonly number[], digits = 1): Spread => ({
  median: round(median([...values]), digits),
  min: round(Math.min(...values), digits),
  max: round(Math.max(...values), digits),
});

/** "median (min–max)", as the table and bench/results.json show it. */
export const shown = (s: Spread): string => `${s.median} (${s.min}–${s.max})`;
