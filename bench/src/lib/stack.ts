import { DEV_ENCRYPTION_KEY } from '@stayzr/db';
import { FakeTwilio, freePort } from '@stayzr/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { BenchDatabase } from './database.js';
import { httpRequest } from './http.js';
import { progress } from './log.js';
import { AppProcess, type Runtime } from './processes.js';

export interface StackOptions {
  database: BenchDatabase;
  runtime: Runtime;
  redisUrl: string;
  redisPrefix: string;
  workerConcurrency: number;
  /** Built web app the server serves (production mode); none: the server serves the API only. */
  webDistDir: string | null;
  /** Where server and worker write V8 CPU profiles (`--cpu-prof`); none: not profiled. */
  cpuProfileDir: string | null;
}

/** The system under test: the real server and worker processes, and a fake Twilio, all on 127.0.0.1. */
export class Stack {
  private constructor(
    readonly server: AppProcess,
    readonly worker: AppProcess,
    readonly fakeTwilio: FakeTwilio,
    readonly baseUrl: string,
    readonly redis: Redis,
  ) {}

  /** Twilio signs the URL it called: here the server's own address. */
  get publicUrl(): string {
    return this.baseUrl;
  }

  static async start(options: StackOptions): Promise<Stack> {
    const fakeTwilio = new FakeTwilio();
    await fakeTwilio.listen();
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const common = {
      NODE_ENV: 'production',
      APP_ENCRYPTION_KEY: DEV_ENCRYPTION_KEY,
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.database.url,
      REDIS_URL: options.redisUrl,
      REDIS_PREFIX: options.redisPrefix,
      PUBLIC_URL: baseUrl,
      TWILIO_API_BASE_URL: fakeTwilio.baseUrl,
    };
    const started = Date.now();
    // One profile per thread (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile); thread 0 is the main one.
    const nodeArgs = () =>
      options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const server = AppProcess.spawn(
      'server',
      options.runtime,
      {
        ...common,
        HOST: '127.0.0.1',
        PORT: String(port),
        ...(options.webDistDir ? { WEB_DIST_DIR: options.webDistDir } : {}),
      },
      nodeArgs(),
    );
    const worker = AppProcess.spawn(
      'worker',
      options.runtime,
      {
        ...common,
        WORKER_CONCURRENCY: String(options.workerConcurrency),
      },
      nodeArgs(),
    );
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    const delivery = new Queue('delivery', { connection: redis, prefix: options.redisPrefix });
    try {
      await Promise.all([
        server.waitReady(async () => (await httpRequest('GET', `${baseUrl}/readyz`)).status === 200),
        worker.waitReady(async () => (await delivery.getWorkersCount()) > 0),
      ]);
    } catch (error) {
      await Promise.all([server.stop(), worker.stop(), fakeTwilio.close()]);
      redis.disconnect();
      throw error;
    } finally {
      await delivery.close();
    }
    progress(
      'setup',
      `server (pid ${server.pid}) on ${baseUrl} and worker (pid ${worker.pid}) ready in ${Date.now() - started} ms (${options.runtime})`,
    );
    return new Stack(server, worker, fakeTwilio, baseUrl, redis);
  }

  async stop(): Promise<void> {
    await Promise.all([this.server.stop(), this.worker.stop()]);
    await this.fakeTwilio.close();
    this.redis.disconnect();
  }
}

/** Removes every key of the run's Redis prefix (queues, event streams, throttles). */
export async function clearRedisPrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
}
