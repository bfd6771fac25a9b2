import { readFileSync } from 'node:fs';
import { createDb, type Database, DEV_ENCRYPTION_KEY, maskDatabaseUrl } from '@stayzr/db';
import {
  AuthService,
  type BillingProvider,
  createLogger,
  createRedis,
  createServiceDeps,
  createStripeBilling,
  HealthService,
  type Logger,
  LoginThrottle,
  manualBilling,
  OrgEventSubscriber,
  type Redis,
  type ServiceDeps,
  type StripeWebhookHandler,
} from '@stayzr/shared/server';
import type { ServerEnv } from './env.js';

export interface ServerDeps {
  env: ServerEnv;
  logger: Logger;
  db: Database;
  redis: Redis;
  health: HealthService;
  auth: AuthService;
  /** What every BaseAuthenticatedService subclass is built from. */
  services: ServiceDeps;
  /** How plan changes are paid: manual (default) or Stripe when STRIPE_SECRET_KEY is set. */
  billing: BillingProvider;
  /** Verifies and applies Stripe's signed webhooks; null without Stripe. */
  stripeWebhooks: StripeWebhookHandler | null;
  /** Live org events for the inbox's SSE streams (one Redis subscription per process). */
  eventSubscriber: OrgEventSubscriber;
  close(): Promise<void>;
}

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export class StartupError extends Error {}

export async function createServerDeps(env: ServerEnv, logger?: Logger): Promise<ServerDeps> {
  const log =
    logger ?? createLogger({ name: 'server', level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' });
  const db = createDb({
    connectionString: env.DATABASE_URL,
    onIdleConnectionError: (error) =>
      log.warn({ err: error }, 'idle PostgreSQL connection lost; the pool opens a new one'),
  });
  try {
    await db.ping();
  } catch (error) {
    await db.close().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot reach PostgreSQL at ${maskDatabaseUrl(env.DATABASE_URL)}: ${reason}`);
  }
  // Redis may be down at start: the server still serves reads and reports it on /readyz.
  const redis = createRedis(env.REDIS_URL, { name: 'stayzr-server' });
  const health = new HealthService({ db, redis, version: packageJson.version });
  const throttle = new LoginThrottle(redis, env.REDIS_PREFIX, env.APP_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY);
  const stripe = env.STRIPE_SECRET_KEY
    ? createStripeBilling(
        {
          secretKey: env.STRIPE_SECRET_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? '',
          prices: {
            starter: env.STRIPE_PRICE_STARTER,
            professional: env.STRIPE_PRICE_PROFESSIONAL,
            enterprise: env.STRIPE_PRICE_ENTERPRISE,
          },
          apiBaseUrl: env.STRIPE_API_BASE_URL,
        },
        { db, logger: log },
      )
    : null;
  // Subscribe mode needs a connection of its own, which waits for Redis rather than failing.
  const subscriberRedis = createRedis(env.REDIS_URL, { forWorker: true, name: 'stayzr-server-events' });
  const services = createServiceDeps(env, { db, redis, logger: log });
  const eventSubscriber = new OrgEventSubscriber(subscriberRedis, redis, env.REDIS_PREFIX, log);
  return {
    env,
    logger: log,
    db,
    redis,
    health,
    auth: new AuthService({ db, logger: log, throttle }),
    billing: stripe?.provider ?? manualBilling,
    stripeWebhooks: stripe?.webhooks ?? null,
    services,
    eventSubscriber,
    async close() {
      await eventSubscriber.close();
      await services.queues.close().catch(() => undefined);
      subscriberRedis.disconnect();
      redis.disconnect();
      await services.probes.drain();
      await db.close();
    },
  };
}
