/** One line of the benchmark table and of bench/results.json. */
export interface BenchRow {
  /** Stable key, e.g. "first-screen-js". */
  id: string;
  label: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 75 kB gz". */
  target: string;
  met: boolean;
  /** When `value` is a median: the smallest and largest run, and how many runs. */
  spread?: { min: number; max: number; runs: number };
  /** Extra figures (baseline, ratio, runs). */
  details?: Record<string, number | string>;
}
