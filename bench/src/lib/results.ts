import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult, SummaryRow } from '../scenarios/types.js';

export interface RunInfo {
  date: string;
  profile: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  runtime: string;
  machine: { cpus: number; memoryGiB: number; node: string; postgres: string; redis: string };
  dataset: Record<string, unknown>;
  web: { distDir: string | null; source: string };
  gitCommit: string;
  phases: Record<string, number>;
}

/** `bench/results/<date>-<scenario>.json` (quick runs: `<date>-<scenario>.quick.json`). */
export function fileStem(info: Pick<RunInfo, 'date' | 'profile'>, name: string): string {
  return `${info.date}-${name}${info.profile === 'quick' ? '.quick' : ''}`;
}

export function writeScenarioResult(dir: string, info: RunInfo, result: ScenarioResult): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fileStem(info, result.scenario)}.json`);
  writeFileSync(path, `${JSON.stringify({ run: info, ...result }, null, 2)}\n`);
  return path;
}

const verdict = (row: SummaryRow) =>
  row.verdict ?? (row.met === null ? 'report' : row.met ? '✓ yes' : '✗ no');
const cell = (text: string) => text.replaceAll('|', '\\|');

export function summaryTable(rows: SummaryRow[]): string {
  const lines = [
    '| scenario | measured | baseline in the same run | target | met? |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${cell(row.scenario)} | ${cell(row.measured)} | ${cell(row.baseline)} | ${cell(row.target)} | ${verdict(row)} |`,
    ),
  ];
  return lines.join('\n');
}

/** A run of some scenarios (`--only`) writes its own summary, next to the full one. */
export function writeSummary(
  dir: string,
  info: RunInfo,
  results: ScenarioResult[],
  failures: { scenario: string; error: string }[],
  only?: string[],
): string {
  const rows = [
    ...results.flatMap((result) => result.rows),
    ...failures.map((failure) => ({
      scenario: failure.scenario,
      measured: `failed: ${failure.error.split('\n')[0]?.slice(0, 160) ?? ''}`,
      baseline: '–',
      target: '–',
      met: false,
      verdict: '✗ failed',
    })),
  ];
  const notes = results.flatMap((result) => result.notes.map((note) => `- **${result.scenario}**: ${note}`));
  const load = results
    .map(
      (result) =>
        `${result.scenario} ${result.machineLoad?.before.toFixed(1)}→${result.machineLoad?.after.toFixed(1)}`,
    )
    .join(', ');
  const text = [
    `# Stayzr bench — ${info.date} (${info.profile})`,
    '',
    `Run ${info.startedAt} → ${info.finishedAt} (${info.durationSeconds.toFixed(0)} s) on ${info.machine.cpus} CPUs / ${info.machine.memoryGiB} GiB,`,
    `Node ${info.machine.node}, ${info.machine.postgres}, Redis ${info.machine.redis}; server and worker from ${info.runtime}; commit ${info.gitCommit}.`,
    `Dataset: ${JSON.stringify(info.dataset)}.`,
    `Web app served: ${info.web.source}.`,
    '',
    'Each measured figure is the median of the runs with (min–max); ratios are computed within each run, then summarised.',
    `Machine load (1-minute load average on ${info.machine.cpus} CPUs, before→after each scenario; other work on the machine shows here): ${load}.`,
    '',
    summaryTable(rows),
    '',
    '## Notes',
    '',
    ...notes,
    '',
    `Phases (s): ${Object.entries(info.phases)
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`)
      .join(', ')}.`,
    '',
  ].join('\n');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fileStem(info, only ? `summary-only-${only.join('+')}` : 'summary')}.md`);
  writeFileSync(path, text);
  return path;
}
