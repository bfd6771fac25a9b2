import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '@stayzr/db/testing';
import { freePort } from '@stayzr/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

describe('server shutdown', () => {
  const harness = useServerHarness({ server: 'none' });
  let database: TestDatabase;
  beforeAll(() => {
    database = harness.database;
  });

  it('exits 0 on SIGTERM even though its Redis was never reachable', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@stayzr/source', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: String(port),
        DATABASE_URL: database.url,
        // Nothing listens here: Redis is down for the whole life of the process.
        REDIS_URL: 'redis://127.0.0.1:6390',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (output.includes('listening on')) {
          clearInterval(check);
          resolve();
        }
      }, 50);
      void exited.then(() => {
        clearInterval(check);
        reject(new Error(`server exited before listening:\n${output}`));
      });
    });
    // Requests that touch Redis while it is down, as a load balancer's probes would.
    for (const path of ['/readyz', '/healthz', '/trpc/auth.me'])
      await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGTERM');
    // Well inside main.ts's 10 s forced exit: a hang there ends with code 1, or after this race.
    const code = await Promise.race([
      exited,
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000)),
    ]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(output).not.toContain('graceful shutdown timed out');
  }, 30_000);
});
