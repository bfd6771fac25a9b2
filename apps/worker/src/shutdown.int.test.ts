import { fileURLToPath } from 'node:url';
import {
  createTestDatabase,
  freeTcpPort,
  spawnUntil,
  startRedisServer,
  type TestDatabase,
  terminate,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workerDir = fileURLToPath(new URL('..', import.meta.url));

function startWorkerProcess(databaseUrl: string, redisUrl: string, readyText: string) {
  return spawnUntil(process.execPath, ['--import', 'tsx', '--conditions=@stayzr/source', 'src/main.ts'], {
    cwd: workerDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    },
    readyText,
  });
}

describe('worker shutdown', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('exits 0 on SIGTERM soon after its Redis died under it', async () => {
    const redis = await startRedisServer();
    const worker = await startWorkerProcess(database.url, redis.url, 'Stayzr worker started');
    try {
      await redis.kill();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const { code, ms } = await terminate(worker);
      expect(code, worker.output()).toBe(0);
      expect(ms).toBeLessThan(3_000);
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      await redis.kill();
    }
  }, 30_000);

  it('exits 0 on SIGTERM when its Redis was never reachable', async () => {
    const worker = await startWorkerProcess(
      database.url,
      `redis://127.0.0.1:${await freeTcpPort()}`,
      'waiting for Redis',
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const { code, ms } = await terminate(worker);
      expect(code, worker.output()).toBe(0);
      expect(ms).toBeLessThan(3_000);
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    }
  }, 30_000);
});
