import type { RssSample } from './ingestion.js';
import type { Scenario, ScenarioResult } from './types.js';

const mb = (bytes: number | null | undefined) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MB` : 'n/a');

export const memoryScenario: Scenario = {
  id: 'memory',
  title: 'Memory: server and worker RSS after the ingestion scenario',
  async run(context): Promise<ScenarioResult> {
    const ingestion = context.earlier.find((result) => result.scenario === 'inbound-ingestion');
    const samples = (ingestion?.evidence?.rss as RssSample[] | undefined) ?? [];
    const before = samples[0];
    const after = samples.at(-1);
    const peak = (pick: (sample: RssSample) => number | null) =>
      Math.max(0, ...samples.map((sample) => pick(sample) ?? 0));
    const now = { serverBytes: context.stack.server.rss(), workerBytes: context.stack.worker.rss() };
    const figures = {
      beforeIngestion: before ?? null,
      afterIngestion: after ?? null,
      peakDuringIngestion: {
        serverBytes: peak((s) => s.serverBytes),
        workerBytes: peak((s) => s.workerBytes),
      },
      whenReported: now,
    };
    return {
      scenario: this.id,
      title: this.title,
      params: { samples: samples.length, intervalMs: 250 },
      runs: samples,
      summary: figures,
      rows: [
        {
          scenario: 'memory (RSS)',
          measured: ingestion
            ? `after ingestion: server ${mb(after?.serverBytes)}, worker ${mb(after?.workerBytes)} (peak ${mb(figures.peakDuringIngestion.serverBytes)} / ${mb(figures.peakDuringIngestion.workerBytes)}; before ${mb(before?.serverBytes)} / ${mb(before?.workerBytes)})`
            : `ingestion did not run; now: server ${mb(now.serverBytes)}, worker ${mb(now.workerBytes)}`,
          baseline: '–',
          target: 'report',
          met: null,
        },
      ],
      notes: [
        `RSS from /proc/<pid>/status, sampled every 250 ms during the ingestion runs. Right after ingestion, when this scenario ran: server ${mb(now.serverBytes)}, worker ${mb(now.workerBytes)}. Processes run TypeScript through tsx unless --runtime dist, which adds the loader's own memory.`,
      ],
    };
  },
};
