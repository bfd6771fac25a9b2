import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '@stayzr/db/testing';
import { freePort } from '@stayzr/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

interface Run {
  code: number | null;
  output: string;
}

/** Runs the real entry point (through tsx) as its own process. */
function runServer(
  env: Record<string, string>,
  untilOutput?: RegExp,
  signalAfterMatch?: NodeJS.Signals,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@stayzr/source', MAIN], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server process did not finish in time; output:\n${output}`));
    }, 25_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (untilOutput && signalAfterMatch && untilOutput.test(output)) {
        untilOutput = undefined;
        child.kill(signalAfterMatch);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('server process', () => {
  const harness = useServerHarness({ server: 'none' });
  let database: TestDatabase;
  beforeAll(() => {
    database = harness.database;
  });

  it('exits 1 naming an invalid variable', async () => {
    const run = await runServer({ PORT: 'not-a-port', DATABASE_URL: database.url });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Invalid environment');
    expect(run.output).toContain('PORT');
  });

  it('exits non-zero with the masked URL when Postgres does not answer', async () => {
    const run = await runServer({
      DATABASE_URL: 'postgresql://stayzr:s3cret-pw@127.0.0.1:1/stayzr',
      PORT: '0',
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('cannot reach PostgreSQL at postgresql://stayzr:***@127.0.0.1:1/stayzr');
    expect(run.output).not.toContain('s3cret-pw');
  });

  it('starts, then shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = await runServer(
      {
        DATABASE_URL: database.url,
        PORT: String(port),
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      },
      /listening on/,
      'SIGTERM',
    );
    expect(run.output).toContain('shutting down');
    expect(run.code).toBe(0);
  });
});
