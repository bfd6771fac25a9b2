import type { Dataset } from '../fixtures/inbox-dataset.js';
import type { BenchDatabase } from '../lib/database.js';
import type { Stack } from '../lib/stack.js';
import type { Profile } from '../profile.js';

/** One line of the summary table. `met`: null when the target is "report" or could not be measured. */
export interface SummaryRow {
  scenario: string;
  measured: string;
  baseline: string;
  target: string;
  met: boolean | null;
  /** Shown instead of ✓/✗ (e.g. "not measurable yet"). */
  verdict?: string;
}

export interface ScenarioResult {
  scenario: string;
  title: string;
  params: Record<string, unknown>;
  /** Each run's raw figures (measured and baseline side by side). */
  runs: unknown[];
  /** min / median / max across the runs, and ratios computed within each run. */
  summary: Record<string, unknown>;
  rows: SummaryRow[];
  notes: string[];
  /** EXPLAIN plans, statement counts, RSS samples: what explains the figures. */
  evidence?: Record<string, unknown>;
  /** 1-minute load average of the machine before and after the scenario (other work on it shows here). */
  machineLoad?: { before: number; after: number };
}

export interface BenchContext {
  profile: Profile;
  database: BenchDatabase;
  stack: Stack;
  dataset: Dataset;
  redisUrl: string;
  redisPrefix: string;
  /** The web build the server serves, with where it came from. */
  web: { distDir: string | null; source: string };
  /** Results of the scenarios that ran before this one (memory reads the ingestion's RSS samples). */
  earlier: ScenarioResult[];
}

export interface Scenario {
  id: string;
  title: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}

export const percentText = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
