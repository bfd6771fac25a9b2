import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { type Dataset, loadInboxDataset } from './fixtures/inbox-dataset.js';
import { summarizeProfiles } from './lib/cpu-profile.js';
import { BenchDatabase } from './lib/database.js';
import { elapsedSeconds, progress } from './lib/log.js';
import { pickRuntime, REPO_ROOT, type Runtime } from './lib/processes.js';
import { fileStem, type RunInfo, summaryTable, writeScenarioResult, writeSummary } from './lib/results.js';
import { clearRedisPrefix, Stack } from './lib/stack.js';
import { FULL, QUICK } from './profile.js';
import { SCENARIOS } from './scenarios/index.js';
import type { BenchContext, ScenarioResult } from './scenarios/types.js';
import { buildWeb, existingWebDist } from './scenarios/web-bundle.js';

const USAGE = `npm run bench [-- --quick] [--only id,id] [--runtime source|dist]
  --quick     smaller dataset and shorter runs (under 2 minutes)
  --only      scenario ids: ${SCENARIOS.map((scenario) => scenario.id).join(', ')}
  --runtime   auto (default): dist when it is up to date with the sources, else source;
              source: TypeScript via tsx (always the work tree); dist: the npm run build output
  --cpu-prof  profile server and worker (node --cpu-prof) and write where their CPU time went
  --cpu-prof-dir <dir>  with --cpu-prof: keep the raw .cpuprofile files there (Chrome DevTools opens them)
  --keep-database  leave stayzr_bench_<pid> in place to investigate (EXPLAIN); drop it yourself afterwards`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runtime: { type: 'string', default: 'auto' },
    'cpu-prof': { type: 'boolean', default: false },
    'cpu-prof-dir': { type: 'string' },
    'keep-database': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!['auto', 'source', 'dist'].includes(values.runtime))
  throw new Error(`--runtime must be auto, source or dist\n${USAGE}`);
const picked =
  values.runtime === 'auto'
    ? pickRuntime()
    : { runtime: values.runtime as Runtime, reason: 'chosen with --runtime' };
const runtime = picked.runtime;
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !SCENARIOS.some((scenario) => scenario.id === id)) ?? [];
if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}\n${USAGE}`);

const profile = values.quick ? QUICK : FULL;
const databaseServer = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisPrefix = `stayzr-bench-${process.pid}`;
const resultsDir = join(REPO_ROOT, 'bench', 'results');
const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();

async function main(): Promise<void> {
  const startedAt = new Date();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = elapsedSeconds();
    try {
      return await fn();
    } finally {
      phases[name] = elapsedSeconds() - t0;
    }
  };
  if (new URL(redisUrl).hostname !== '127.0.0.1') throw new Error('the harness only uses Redis on 127.0.0.1');
  progress(
    'setup',
    `profile ${profile.name}, ${profile.runs} runs per figure, runtime ${runtime} (${picked.reason})`,
  );

  const scratch = mkdtempSync(join(tmpdir(), 'stayzr-bench-'));
  const profileDir = values['cpu-prof-dir'] ? resolve(values['cpu-prof-dir']) : join(scratch, 'profiles');
  let database: BenchDatabase | null = null;
  let stack: Stack | null = null;
  const results: ScenarioResult[] = [];
  const failures: { scenario: string; error: string }[] = [];
  const cleanup = async () => {
    await stack?.stop().catch((error: unknown) => progress('teardown', `stopping: ${String(error)}`));
    if (values['keep-database'] && database) progress('teardown', `keeping database ${database.url}`);
    else await database?.drop().catch((error: unknown) => progress('teardown', `dropping: ${String(error)}`));
    await clearRedisPrefix(redisUrl, redisPrefix).catch(() => 0);
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    progress('teardown', 'interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    const web = await phase('web build', async () => {
      let buildFailure = '';
      if (profile.webBundle.build) {
        const distDir = join(scratch, 'web-dist');
        try {
          await buildWeb(distDir);
          return { distDir, source: 'fresh `vite build` of apps/web into a temporary directory' };
        } catch (error) {
          // The web app is being edited by others: measure the last good build instead of giving up.
          buildFailure = stripVTControlCharacters(
            (error as Error).message
              .split('\n')
              .find((line) => line.includes('Could not') || line.includes('error')) ?? 'vite build failed',
          ).slice(0, 200);
          progress('setup', `web build failed (${buildFailure}); using apps/web/dist`);
        }
      }
      const distDir = existingWebDist();
      if (buildFailure) {
        return {
          distDir,
          source: `the existing apps/web/dist, because a fresh build of the work tree failed: ${buildFailure}`,
        };
      }
      return {
        distDir,
        source: distDir
          ? 'the existing apps/web/dist (quick mode does not rebuild)'
          : 'none (apps/web/dist missing)',
      };
    });
    database = await phase('database', () => BenchDatabase.create(databaseServer));
    const dataset: Dataset = await phase('dataset', async () => {
      progress(
        'dataset',
        `generating ${JSON.stringify(profile.dataset)}${profile.name === 'quick' ? " (quick: smaller than the issue's 1 M messages / 100 k conversations / 100 organizations)" : ''}`,
      );
      const loaded = await loadInboxDataset(database!.pool, profile.dataset);
      progress('dataset', `${JSON.stringify(loaded.counts)} in ${loaded.loadSeconds.toFixed(1)} s`);
      return loaded;
    });
    stack = await phase('start', () =>
      Stack.start({
        database: database!,
        runtime,
        redisUrl,
        redisPrefix,
        workerConcurrency: profile.workerConcurrency,
        webDistDir: web.distDir,
        cpuProfileDir: values['cpu-prof'] ? profileDir : null,
      }),
    );
    const context: BenchContext = {
      profile,
      database,
      stack,
      dataset,
      redisUrl,
      redisPrefix,
      web,
      earlier: results,
    };
    const info = (): RunInfo => ({
      date: startedAt.toISOString().slice(0, 10),
      profile: profile.name,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationSeconds: elapsedSeconds(),
      runtime: `${runtime === 'source' ? 'TypeScript sources via tsx' : 'the npm run build output (dist)'}: ${picked.reason}`,
      machine: machineInfo(),
      dataset: { ...dataset.counts, longThreadMessages: dataset.longThread.messages },
      web,
      gitCommit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes in the work tree' : ''}`,
      phases,
    });

    for (const scenario of SCENARIOS) {
      if (only && !only.includes(scenario.id)) continue;
      progress(scenario.id, `— ${scenario.title} (load average ${loadavg()[0]?.toFixed(1)})`);
      try {
        const before = loadavg()[0] ?? 0;
        const result = await phase(scenario.id, () => scenario.run(context));
        result.machineLoad = { before, after: loadavg()[0] ?? 0 };
        results.push(result);
        const path = writeScenarioResult(resultsDir, info(), result);
        progress(scenario.id, `done → ${path.slice(REPO_ROOT.length)}`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ scenario: scenario.id, error: message });
        progress(scenario.id, `FAILED: ${message}`);
        progress(
          scenario.id,
          `server output:\n${stack.server.tail()}\nworker output:\n${stack.worker.tail()}`,
        );
      }
    }
    if (values['cpu-prof']) {
      await stack.stop();
      const profiles = summarizeProfiles(profileDir, {
        server: stack.server.pid,
        worker: stack.worker.pid,
      });
      const path = join(resultsDir, `${fileStem(info(), 'cpu-profile')}.json`);
      writeFileSync(
        path,
        `${JSON.stringify({ run: info(), scenarios: only ?? 'all', profiles }, null, 2)}\n`,
      );
      for (const profile of profiles) {
        progress('cpu-prof', `${profile.file}: ${profile.sampledSeconds} s sampled; by package:`);
        for (const entry of profile.byPackage.slice(0, 12))
          progress('cpu-prof', `  ${entry.share}% ${entry.name}`);
      }
      progress('cpu-prof', `→ ${path.slice(REPO_ROOT.length)}`);
    }
    await phase('teardown', cleanup);
    stack = null;
    database = null;
    const summaryPath = writeSummary(resultsDir, info(), results, failures, only);
    process.stdout.write(`\n${summaryTable(results.flatMap((result) => result.rows))}\n\n`);
    progress(
      'done',
      `summary → ${summaryPath.slice(REPO_ROOT.length)}; total ${elapsedSeconds().toFixed(0)} s`,
    );
    if (failures.length) process.exitCode = 1;
  } catch (error) {
    await cleanup();
    throw error;
  }
}

let machine: RunInfo['machine'] | null = null;
function machineInfo(): RunInfo['machine'] {
  machine ??= {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim(),
    redis:
      execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).split(' ')[2]?.replace('v=', '') ??
      '?',
  };
  return machine;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
