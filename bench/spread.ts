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
