import { type Database, DEV_ENCRYPTION_KEY, SecretBox } from '@stayzr/db';
import type { Redis } from 'ioredis';
import { InboundUsageCounter } from '../billing/inbound-usage-counter.js';
import type { Logger } from '../infra/logger.js';
import { createMailer, type Mailer } from '../infra/mailer.js';
import { OrgEventPublisher } from '../infra/org-event-bus.js';
import { JobQueues } from '../infra/queues.js';
import { CrossTenantProbeRecorder } from './cross-tenant-probes.js';

/**
 * What every service is built from (tenant, platform and system services alike), made once per
 * process by `createServiceDeps`: the server and the worker hold one each.
 */
export interface ServiceDeps {
  db: Database;
  logger: Logger;
  /** Base URL of provider callbacks and webhooks (PUBLIC_URL). */
  publicUrl: string;
  /** Base URL of the web app, for links people open: invitations, checkout returns (WEB_URL). */
  webUrl: string;
  /** The platform's outgoing mail (SMTP_URL); absent = links are copied by hand. */
  mailer?: Mailer;
  /** Seals and opens stored provider credentials. */
  secrets: SecretBox;
  events: OrgEventPublisher;
  queues: JobQueues;
  /** Counts guests' inbound messages in the monthly usage, after their transaction. */
  inboundUsage: InboundUsageCounter;
  channels: ChannelSettings;
  /** Records ids asked for across tenants, off the request path. */
  probes: CrossTenantProbeRecorder;
  /** The platform's AI provider settings; absent = extractive only (and org-configured servers). */
  ai?: AiSettings;
}

export interface AiSettings {
  openaiBaseUrl?: string | undefined;
  openaiApiKey?: string | undefined;
  openaiModel: string;
  timeoutMs: number;
}

export interface ChannelSettings {
  /** Send Twilio REST calls here instead of api.twilio.com (a local fake in tests and demos). */
  twilioApiBaseUrl?: string | undefined;
}

export interface ServiceDepsConfig {
  NODE_ENV: string;
  REDIS_PREFIX: string;
  APP_ENCRYPTION_KEY?: string | undefined;
  TWILIO_API_BASE_URL?: string | undefined;
  PUBLIC_URL: string;
  /** Defaults to PUBLIC_URL: in production the server serves the web app itself. */
  WEB_URL?: string | undefined;
  SMTP_URL?: string | undefined;
  MAIL_FROM?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_API_KEY?: string | undefined;
  OPENAI_MODEL?: string | undefined;
  AI_TIMEOUT_MS?: number | undefined;
}

/** The one builder of ServiceDeps, used the same way by the server and the worker. */
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
    webUrl: (env.WEB_URL ?? env.PUBLIC_URL).replace(/\/$/, ''),
    ...(env.SMTP_URL
      ? {
          mailer: createMailer(
            { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? defaultMailFrom(env.WEB_URL ?? env.PUBLIC_URL) },
            parts.logger,
          ),
        }
      : {}),
    secrets: new SecretBox(env.APP_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY),
    events: new OrgEventPublisher(parts.redis, env.REDIS_PREFIX, parts.logger),
    queues: new JobQueues(parts.redis, env.REDIS_PREFIX),
    inboundUsage: new InboundUsageCounter(parts.db, parts.logger),
    probes: new CrossTenantProbeRecorder(parts.db, parts.logger),
    channels: { twilioApiBaseUrl: env.TWILIO_API_BASE_URL },
    ai: {
      openaiBaseUrl: env.OPENAI_BASE_URL,
      openaiApiKey: env.OPENAI_API_KEY,
      openaiModel: env.OPENAI_MODEL ?? 'gpt-4o-mini',
      timeoutMs: env.AI_TIMEOUT_MS ?? 8_000,
    },
  };
}

/** `Stayzr <no-reply@host>` of the web app's host (a relay may insist on its own domain: set MAIL_FROM). */
function defaultMailFrom(webUrl: string): string {
  const host = new URL(webUrl).hostname;
  return `Stayzr <no-reply@${host === 'localhost' || host === '127.0.0.1' ? 'stayzr.localhost' : host}>`;
}
