import {
  createTestDatabase,
  createTestGuest,
  createTestOrganization,
  createTestUsageCounter,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import {
  createLogger,
  createRedis,
  createServiceDeps,
  JobQueues,
  type Redis,
  usagePeriodAt,
  usagePeriodOffset,
} from '@stayzr/shared/server';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerRuntime } from './runtime.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('usage rollover job (maintenance queue)', () => {
  let database: TestDatabase;
  let redis: Redis;
  let runtime: WorkerRuntime;
  let producer: JobQueues;
  let events: QueueEvents;
  const prefix = testRedisPrefix();

  const day = (date: Date) => date.toISOString().slice(0, 10);
  const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

  async function runJob(): Promise<unknown> {
    const jobId = await producer.enqueue('maintenance.usage-rollover', {});
    const job = await producer.queue('maintenance').getJob(jobId!);
    return job!.waitUntilFinished(events, 15_000);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(REDIS_URL, { forWorker: true });
    const logger = createLogger({ name: 'rollover-test', level: 'silent' });
    const services = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: prefix, PUBLIC_URL: 'http://127.0.0.1:3999' },
      { db: database.db, redis, logger },
    );
    runtime = new WorkerRuntime({ db: database.db, redis, logger, prefix, concurrency: 2, services });
    producer = new JobQueues(redis, prefix);
    events = new QueueEvents('maintenance', { connection: { url: REDIS_URL }, prefix });
    await events.waitUntilReady();
    await runtime.start();
  });
  afterAll(async () => {
    await events?.close();
    await runtime?.close();
    await producer?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await database?.drop();
  });

  it('is installed as an hourly job scheduler when the worker starts, and its first run completes', async () => {
    const queue = producer.queue('maintenance');
    const schedulers = await queue.getJobSchedulers();
    const rollover = schedulers.find((s) => s.key === 'usage-rollover');
    expect(rollover).toMatchObject({ name: 'maintenance.usage-rollover', every: 3_600_000 });
    // The scheduler runs once at start; wait for it so the next test controls every later run.
    const deadline = Date.now() + 15_000;
    let done = false;
    while (!done && Date.now() < deadline) {
      const completed = await queue.getJobs(['completed']);
      done = completed.some((job) => job.name === 'maintenance.usage-rollover');
      if (!done) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(done).toBe(true);
  });

  it('opens each hotel’s period in its time zone, prunes old counters and records gauge alerts once', async () => {
    const now = new Date();
    const kiritimati = await createTestOrganization(database.db, { timezone: 'Pacific/Kiritimati' });
    const honolulu = await createTestOrganization(database.db, { timezone: 'Pacific/Honolulu' });
    const suspended = await createTestOrganization(database.db, { status: 'suspended' });
    const crowded = await createTestOrganization(database.db, {
      plan: 'starter',
      limitOverrides: { maxGuests: 5 },
    });
    for (let i = 0; i < 4; i++) await createTestGuest(database.db, crowded.id);
    const tooOld = usagePeriodOffset('UTC', now, -14).start;
    const keep = usagePeriodOffset('UTC', now, -12).start;
    await createTestUsageCounter(database.db, honolulu.id, { periodStart: asDate(tooOld), value: 500n });
    await createTestUsageCounter(database.db, honolulu.id, { periodStart: asDate(keep), value: 700n });

    const first = await runJob();
    expect(first).toMatchObject({ opened: 3, pruned: 1, alerts: 1 });

    const counters = await database.db.withPlatform((tx) =>
      tx.usageCounter.findMany({ orderBy: [{ organizationId: 'asc' }, { periodStart: 'asc' }] }),
    );
    const of = (organizationId: string) =>
      counters.filter((c) => c.organizationId === organizationId).map((c) => [day(c.periodStart), c.value]);
    expect(of(kiritimati.id)).toEqual([[usagePeriodAt('Pacific/Kiritimati', now).start, 0n]]);
    expect(of(honolulu.id)).toEqual([
      [keep, 700n],
      [usagePeriodAt('Pacific/Honolulu', now).start, 0n],
    ]);
    expect(of(suspended.id)).toEqual([]);

    const alerts = await database.db.withPlatform((tx) =>
      tx.notification.findMany({ where: { organizationId: crowded.id } }),
    );
    expect(alerts.map((a) => [a.dedupeKey, a.title])).toEqual([
      [`usage:guests:80:${usagePeriodAt('UTC', now).key}`, 'You have used 80% of your 5 guests'],
    ]);

    // Running again (the next hour) finds everything in place: nothing opened, pruned or re-alerted.
    expect(await runJob()).toMatchObject({ opened: 0, pruned: 0, alerts: 0 });
  });
});
