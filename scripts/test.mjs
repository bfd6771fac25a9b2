// `npm test`: unit + integration (Vitest) and end-to-end (Playwright in Debian's Chromium) tests.
// Creates and drops its own databases (stayzr_test_*); never touches the dev database.
// Ends with one line `N passed, M failed` summed over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  DEFAULT_DATABASE_URL,
  DEFAULT_REDIS_URL,
  ensureServices,
  runNpm,
  serverUrl,
} from './lib/services.mjs';

const RESULTS = '.test-results';
const databaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
const env = {
  ...process.env,
  TEST_DATABASE_URL: serverUrl(databaseUrl),
  REDIS_URL: redisUrl,
  TURBO_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'test',
};
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

async function withAdmin(fn) {
  const client = new pg.Client({ connectionString: serverUrl(databaseUrl) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function runVitest() {
  const output = path.join(RESULTS, 'vitest.json');
  const status = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  const report = readJson(output);
  if (!report) {
    totals.failed += 1;
    problems.push(`vitest exited ${status} without a report`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load counts no test but must not pass silently.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  totals.failed += brokenFiles.length;
  if (status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) {
    totals.failed += 1;
    problems.push(`vitest exited ${status}`);
  }
}

async function runPlaywright() {
  const chromium = chromiumPath();
  if (!chromium) {
    console.warn(
      "\nEnd-to-end tests skipped: no Chromium found (install Debian's `chromium` or set CHROMIUM_PATH).",
    );
    problems.push('e2e skipped: no Chromium');
    totals.skipped += 1;
    return;
  }
  const database = `stayzr_test_${process.pid}_e2e`;
  const e2eUrl = serverUrl(databaseUrl, database);
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  try {
    runNpm(['run', 'db:migrate', '--silent'], { ...env, DATABASE_URL: e2eUrl });
    runNpm(['run', 'db:seed', '--silent'], { ...env, DATABASE_URL: e2eUrl });
    const output = path.resolve(RESULTS, 'e2e.json');
    const status = run('npx', ['playwright', 'test', '--config', 'apps/web/playwright.config.ts'], {
      E2E_DATABASE_URL: e2eUrl,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT: output,
    });
    const report = readJson(output);
    if (!report) {
      totals.failed += 1;
      problems.push(`playwright exited ${status} without a report`);
      return;
    }
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (status !== 0 && report.stats.unexpected === 0) {
      totals.failed += 1;
      problems.push(`playwright exited ${status}`);
    }
  } finally {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

async function main() {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  await ensureServices({ databaseUrl, redisUrl });
  // The end-to-end tests drive the production build (server serving the built web app).
  if (run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']) !== 0) {
    totals.failed += 1;
    problems.push('build failed');
  }
  await runVitest();
  if (!problems.includes('build failed')) await runPlaywright();
}

try {
  await main();
} catch (error) {
  totals.failed += 1;
  problems.push(error.message);
}
if (problems.length) console.log(`\nNotes: ${problems.join('; ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
