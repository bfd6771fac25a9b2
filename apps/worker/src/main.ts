import { createDb, maskDatabaseUrl } from '@stayzr/db';
import { createLogger, createRedis, createServiceDeps, parseEnvOrExit } from '@stayzr/shared/server';
import { ZWorkerEnv } from './env.js';
import { WorkerRuntime } from './runtime.js';

const env = parseEnvOrExit(ZWorkerEnv);
const logger = createLogger({ name: 'worker', level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' });

let closing = false;

async function main(): Promise<void> {
  const db = createDb({
    connectionString: env.DATABASE_URL,
    onIdleConnectionError: (error) =>
      logger.warn({ err: error }, 'idle PostgreSQL connection lost; the pool opens a new one'),
  });
  try {
    await db.ping();
  } catch (error) {
    throw new Error(
      `cannot reach PostgreSQL at ${maskDatabaseUrl(env.DATABASE_URL)}: ${(error as Error).message}`,
    );
  }
  const redis = createRedis(env.REDIS_URL, { forWorker: true, name: 'stayzr-worker' });
  const services = createServiceDeps(env, { db, redis, logger });
  const runtime = new WorkerRuntime({
    db,
    redis,
    logger,
    prefix: env.REDIS_PREFIX,
    concurrency: env.WORKER_CONCURRENCY,
    services,
  });

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: letting running jobs finish');
    const forceExit = setTimeout(() => {
      logger.error(`running jobs did not finish within ${env.WORKER_SHUTDOWN_TIMEOUT_S} s`);
      process.exit(1);
    }, env.WORKER_SHUTDOWN_TIMEOUT_S * 1000);
    forceExit.unref();
    await runtime.close();
    redis.disconnect();
    await services.probes.drain();
    await db.close();
    process.exit(0);
  };
  // Before start(): it waits for Redis, and a worker whose Redis never comes must still stop on SIGTERM.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const reportWaiting = (error: Error) =>
    logger.warn({ err: error.message }, 'waiting for Redis before starting the workers');
  redis.once('error', reportWaiting);
  const queues = await runtime.start();
  redis.off('error', reportWaiting);
  if (closing) return;
  // A supervisor that signals as soon as it reads this line finds the handlers in place.
  logger.info({ queues }, 'Stayzr worker started');
}

main().catch((error: unknown) => {
  // A shutdown during start() disconnects Redis under it; that shutdown decides the exit code.
  if (closing) return;
  process.stderr.write(
    `stayzr worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
