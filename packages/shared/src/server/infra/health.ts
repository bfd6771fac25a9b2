import type { Database } from '@stayzr/db';
import type { Redis } from 'ioredis';
import type { DependencyHealth, HealthReport } from '../../health.js';
import { pingRedis } from './redis.js';

const PROBE_TIMEOUT_MS = 1_500;

async function probe(run: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
          PROBE_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { ok: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness of the dependencies a process needs: Postgres and Redis. */
export class HealthService {
  private readonly startedAt = Date.now();

  constructor(private readonly deps: { db: Database; redis: Redis; version: string }) {}

  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      probe(() => this.deps.db.ping()),
      probe(() => pingRedis(this.deps.redis, PROBE_TIMEOUT_MS - 100)),
    ]);
    return {
      status: database.ok && redis.ok ? 'ok' : 'degraded',
      version: this.deps.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      checks: { database, redis },
    };
  }
}
