import { type Database, DEV_ENCRYPTION_KEY, SecretBox } from '@stayzr/db';
import type { Redis } from 'ioredis';
import type { ServiceDeps } from './base-authenticated-service.js';
import { InboundUsageCounter } from './billing/inbound-usage-counter.js';
import { CrossTenantProbeRecorder } from './cross-tenant-probes.js';
import { OrgEventPublisher } from './events/org-event-bus.js';
import type { Logger } from './logger.js';
import { JobQueues } from './queues.js';

export interface ServiceDepsConfig {
  NODE_ENV: string;
  REDIS_PREFIX: string;
  APP_ENCRYPTION_KEY?: string | undefined;
  TWILIO_API_BASE_URL?: string | undefined;
  PUBLIC_URL: string;
}

/** What services need, built the same way by the server and the worker. */
export function createServiceDeps(
  env: ServiceDepsConfig,
  parts: { db: Database; redis: Redis; logger: Logger },
): ServiceDeps {
  if (env.NODE_ENV === 'production' && !env.APP_ENCRYPTION_KEY)
    throw new Error('APP_ENCRYPTION_KEY is required in production');
  return {
    db: parts.db,
    logger: parts.logger,
    publicUrl: env.PUBLIC_URL,
    secrets: new SecretBox(env.APP_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY),
    events: new OrgEventPublisher(parts.redis, env.REDIS_PREFIX, parts.logger),
    queues: new JobQueues(parts.redis, env.REDIS_PREFIX),
    inboundUsage: new InboundUsageCounter(parts.db, parts.logger),
    channels: { twilioApiBaseUrl: env.TWILIO_API_BASE_URL },
    probes: new CrossTenantProbeRecorder(parts.db, parts.logger),
  };
}
