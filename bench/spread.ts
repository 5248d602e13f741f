import type { BenchRow } from './bench-row';
import { median, round } from './static-server';

/** The median of several runs and their spread, as the bench rows print them. */
export function spreadOf(values: number[], digits = 1): { median: number; spread: NonNullable<BenchRow['spread']> } {
  return {
    median: round(median(values), digits),
    spread: { min: round(Math.min(...values), digits), max: round(Math.max(...values), digits), runs: values.length },
  };
}

/** "0.61 s (0.58–0.66, 7 runs)". */
export function formatValue(row: BenchRow): string {
  const value = `${row.value} ${row.unit}`;
  return row.spread ? `${value} (${row.spread.min}–${row.spread.max}, ${row.spread.runs} runs)` : value;
}

/** A figure over several runs: its median and the range it moved in. */
export type Spread = { median: number; min: number; max: number };

export const spread = (values: readonly number[], digits = 1): Spread => ({
  median: round(median([...values]), digits),
  min: round(Math.min(...values), digits),
  max: round(Math.max(...values), digits),
});

/** "median (min–max)", as the table and bench/results.json show it. */
export const shown = (s: Spread): string => `${s.median} (${s.min}–${s.max})`;
