import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase, testRedisPrefix } from '@stayzr/db/testing';
import { JOB_DEFINITIONS } from '@stayzr/shared/jobs';
import { createLogger, createRedis, createServiceDeps, JobQueues, type Redis } from '@stayzr/shared/server';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processors } from './processors/index.js';
import { type Runner, WorkerRuntime } from './runtime.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('worker runtime', () => {
  let database: TestDatabase;
  let redis: Redis;
  let runtime: WorkerRuntime;
  let producer: JobQueues;
  const prefix = testRedisPrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(REDIS_URL, { forWorker: true });
    const logger = createLogger({ name: 'worker-test', level: 'silent' });
    const services = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: prefix, PUBLIC_URL: 'http://127.0.0.1:3999' },
      { db: database.db, redis, logger },
    );
    runtime = new WorkerRuntime({ db: database.db, redis, logger, prefix, concurrency: 2, services });
    producer = new JobQueues(redis, prefix);
  });
  afterAll(async () => {
    await runtime?.close();
    await producer?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await database?.drop();
  });

  it('has a processor for every job in the shared registry', () => {
    expect(Object.keys(processors).sort()).toEqual(Object.keys(JOB_DEFINITIONS).sort());
  });

  it('starts the queues that have processors and installs the schedules', async () => {
    const queues = await runtime.start();
    expect(queues).toContain('maintenance');
    const schedulers = await producer.queue('maintenance').getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('session-cleanup');
  });

  it('runs a queued job through the registry against the database', async () => {
    const user = await database.db.withPlatform((tx) =>
      tx.user.create({
        data: { email: 'sa-cleanup@stayzr.test', name: 'SA', passwordHash: 'x', role: 'SUPER_ADMIN' },
      }),
    );
    const hourAgo = new Date(Date.now() - 3_600_000);
    const tomorrow = new Date(Date.now() + 86_400_000);
    await database.db.client.session.createMany({
      data: [
        { userId: user.id, tokenHash: 'expired-token-hash', expiresAt: hourAgo },
        { userId: user.id, tokenHash: 'live-token-hash', expiresAt: tomorrow },
      ],
    });
    const events = new QueueEvents('maintenance', { connection: { url: REDIS_URL }, prefix });
    await events.waitUntilReady();
    try {
      const jobId = await producer.enqueue('maintenance.session-cleanup', {});
      const job = await producer.queue('maintenance').getJob(jobId!);
      const result = await job!.waitUntilFinished(events, 10_000);
      expect(result).toEqual({ deleted: 1 });
    } finally {
      await events.close();
    }
    const remaining = await database.db.client.session.findMany();
    expect(remaining.map((s) => s.tokenHash)).toEqual(['live-token-hash']);
  });

  it('refuses a payload that does not match the registry schema before queueing', async () => {
    await expect(
      producer.enqueue('maintenance.session-cleanup', { organizationId: 'x' } as unknown as Record<
        string,
        never
      >),
    ).rejects.toThrow();
  });
  it('hosts long-lived runners: started with the workers, reported in health, handed over before the workers close', async () => {
    const calls: string[] = [];
    let running = false;
    const runner: Runner = {
      name: 'test-runner',
      start: async () => {
        calls.push('start');
        running = true;
      },
      stop: async () => {
        calls.push('stop');
        running = false;
      },
      health: () => ({ status: running ? 'running' : 'stopped' }),
    };
    const failing: Runner = {
      name: 'failing-stop',
      start: async () => undefined,
      stop: async () => {
        throw new Error('lease store unreachable');
      },
      health: () => ({ status: 'degraded', detail: 'lease store unreachable' }),
    };
    const logger = createLogger({ name: 'worker-test', level: 'silent' });
    const services = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: prefix, PUBLIC_URL: 'http://127.0.0.1:3999' },
      { db: database.db, redis, logger },
    );
    const hosting = new WorkerRuntime({
      db: database.db,
      redis,
      logger,
      prefix,
      concurrency: 1,
      services,
      runners: [runner, failing],
    });
    await hosting.start();
    expect(calls).toEqual(['start']);
    expect(hosting.health()).toEqual({
      'test-runner': { status: 'running' },
      'failing-stop': { status: 'degraded', detail: 'lease store unreachable' },
    });
    // A runner that fails to stop is logged; the others and the BullMQ workers still close.
    await hosting.close();
    expect(calls).toEqual(['start', 'stop']);
    expect(hosting.health()).toEqual({});
  });
});

describe('worker process', () => {
  it('starts and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const prefix = testRedisPrefix();
    try {
      const { code, output } = await new Promise<{ code: number | null; output: string }>(
        (resolve, reject) => {
          const child = spawn(
            process.execPath,
            [
              '--import',
              'tsx',
              '--conditions=@stayzr/source',
              fileURLToPath(new URL('./main.ts', import.meta.url)),
            ],
            {
              env: {
                PATH: process.env.PATH ?? '',
                DATABASE_URL: database.url,
                REDIS_URL,
                REDIS_PREFIX: prefix,
                NODE_ENV: 'test',
              },
              stdio: ['ignore', 'pipe', 'pipe'],
            },
          );
          let output = '';
          let signalled = false;
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`worker did not stop in time:\n${output}`));
          }, 25_000);
          const onData = (chunk: Buffer) => {
            output += chunk.toString();
            if (!signalled && output.includes('Stayzr worker started')) {
              signalled = true;
              child.kill('SIGTERM');
            }
          };
          child.stdout.on('data', onData);
          child.stderr.on('data', onData);
          child.on('exit', (exitCode) => {
            clearTimeout(timer);
            resolve({ code: exitCode, output });
          });
        },
      );
      expect(output).toContain('letting running jobs finish');
      expect(code).toBe(0);
    } finally {
      const redis = createRedis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`).catch(() => []);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await database.drop();
    }
  });
});
