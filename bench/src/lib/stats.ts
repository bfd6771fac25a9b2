/** Latency distribution of one run, in the unit of the samples (milliseconds unless said otherwise). */
export interface Distribution {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** A figure measured in several runs: min / median / max across the runs, plus each run's value. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

export const round = (value: number, digits = 2): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Linear interpolation between closest ranks (the same definition as numpy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: round(sorted[0] ?? Number.NaN),
    mean: round(sorted.length ? sum / sorted.length : Number.NaN),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** NaN values (a run that produced no sample) are left out of min/median/max but kept in `runs`. */
export function spread(values: readonly number[], digits = 2): Spread {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return {
    min: round(sorted[0] ?? Number.NaN, digits),
    median: round(percentile(sorted, 50), digits),
    max: round(sorted.at(-1) ?? Number.NaN, digits),
    runs: values.map((value) => round(value, digits)),
  };
}

/** Spread of one field of each run's distribution (e.g. the p95 of every run). */
export function spreadOf<T>(runs: readonly T[], pick: (run: T) => number, digits = 2): Spread {
  return spread(runs.map(pick), digits);
}

/** `12.3 (11.9–13.0)`: the median with the range of the runs. */
export function formatSpread(value: Spread, unit = '', digits = 1): string {
  const f = (n: number) => (Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
  return `${f(value.median)}${unit} (${f(value.min)}–${f(value.max)})`;
}
