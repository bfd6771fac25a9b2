import {
  createTestDatabase,
  TEST_PASSWORD,
  type TestDatabase,
  testRedisPrefix,
  testRedisUrl,
} from '@stayzr/db/testing';
import { parseEnv } from '@stayzr/shared/server';
import { FakeStripe, FakeTwilio, type FakeTwilioOptions, freePort, SmtpSink } from '@stayzr/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.js';
import { createServerDeps, type ServerDeps } from '../deps.js';
import { ZServerEnv } from '../env.js';
import { TrpcSession } from './trpc-session.js';

export interface TestServer {
  app: FastifyInstance;
  deps: ServerDeps;
  /** Set by listen(): http://127.0.0.1:<port>. */
  baseUrl: string;
  /** Listens on 127.0.0.1: on `env.PORT` when it was set (so PUBLIC_URL can match), else any free port. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The real app (same plugins, hooks and routers) on a test database, driven with app.inject(). */
export async function startTestServer(overrides: Record<string, string>): Promise<TestServer> {
  const env = parseEnv(ZServerEnv, { NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
  const deps = await createServerDeps(env);
  const app = await buildApp(deps);
  await app.ready();
  const server: TestServer = {
    app,
    deps,
    baseUrl: '',
    async listen() {
      const address = await app.listen({ port: env.PORT === 3000 ? 0 : env.PORT, host: '127.0.0.1' });
      server.baseUrl = address;
      return address;
    },
    async close() {
      await app.close();
      await deps.close();
    },
  };
  return server;
}

/**
 * A listening server whose PUBLIC_URL is its own address, as webhook signatures and callback URLs
 * need, with a Redis prefix of the test file's own.
 */
export async function startListeningTestServer(overrides: Record<string, string>): Promise<TestServer> {
  const port = await freePort();
  const server = await startTestServer({
    REDIS_URL: testRedisUrl(),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...overrides,
  });
  await server.listen();
  return server;
}

export interface HarnessOptions {
  /**
   * - `public-url` (default): listens on a port chosen beforehand, PUBLIC_URL is its own address (Twilio
   *   signatures and callback URLs are checked against it);
   * - `any-port`: listens on any free port, PUBLIC_URL as the env leaves it;
   * - `inject`: does not listen, driven with `server.app.inject()`;
   * - `none`: no server, only the database (for tests that spawn the server process themselves).
   */
  server?: 'public-url' | 'any-port' | 'inject' | 'none';
  /** A FakeTwilio the server's Twilio SDK talks to (`TWILIO_API_BASE_URL`). */
  twilio?: boolean | FakeTwilioOptions;
  /** A FakeStripe the server's Stripe SDK talks to (`STRIPE_API_BASE_URL`). */
  stripe?: boolean;
  /** An SmtpSink the platform's mail goes to (`SMTP_URL`). */
  smtp?: boolean;
  /** Server env on top of the harness's (database, Redis and its prefix, the fakes' URLs). */
  env?: Record<string, string>;
}

export interface ServerHarness {
  /** The test file's own database, cloned from the migrated template, dropped after the file. */
  readonly database: TestDatabase;
  readonly server: TestServer;
  /** The server's address (empty with `server: 'inject'`). */
  readonly base: string;
  readonly twilio: FakeTwilio;
  readonly stripe: FakeStripe;
  readonly smtp: SmtpSink;
  /** The Redis key prefix the server uses (one per harness). */
  readonly redisPrefix: string;
  /** A browser-like tRPC session signed in to the server (with the factories' password by default). */
  signIn(email: string, password?: string): Promise<TrpcSession>;
}

/**
 * The setup every server integration suite shares, as vitest hooks of the calling `describe` (or file):
 * before all, the fakes asked for, a database of its own and the real app on it; after all, each closed
 * or dropped again. The suite's own `beforeAll` hooks run after this one, so fixtures there can use it.
 */
export function useServerHarness(options: HarnessOptions = {}): ServerHarness {
  const mode = options.server ?? 'public-url';
  const redisPrefix = testRedisPrefix();
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  let twilio: FakeTwilio | undefined;
  let stripe: FakeStripe | undefined;
  let smtp: SmtpSink | undefined;

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(
        `the harness has no ${what}: ask for it in the options, and use it from a hook or test`,
      );
    return value;
  };

  beforeAll(async () => {
    if (options.twilio) {
      twilio = new FakeTwilio(options.twilio === true ? {} : options.twilio);
      await twilio.listen();
    }
    if (options.stripe) {
      stripe = new FakeStripe();
      await stripe.listen();
    }
    if (options.smtp) {
      smtp = new SmtpSink();
      await smtp.listen();
    }
    database = await createTestDatabase();
    if (mode === 'none') return;
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: redisPrefix,
      ...(twilio ? { TWILIO_API_BASE_URL: twilio.baseUrl } : {}),
      ...(stripe ? { STRIPE_API_BASE_URL: stripe.baseUrl } : {}),
      ...(smtp ? { SMTP_URL: smtp.url } : {}),
      ...options.env,
    };
    if (mode === 'public-url') {
      server = await startListeningTestServer(env);
    } else {
      server = await startTestServer(env);
      if (mode === 'any-port') await server.listen();
    }
  });
  afterAll(async () => {
    await server?.close();
    await twilio?.close();
    await stripe?.close();
    await smtp?.close();
    await database?.drop();
  });

  return {
    get database() {
      return started(database, 'database');
    },
    get server() {
      return started(server, 'server');
    },
    get base() {
      return started(server, 'server').baseUrl;
    },
    get twilio() {
      return started(twilio, 'FakeTwilio');
    },
    get stripe() {
      return started(stripe, 'FakeStripe');
    },
    get smtp() {
      return started(smtp, 'SmtpSink');
    },
    redisPrefix,
    signIn(email, password = TEST_PASSWORD) {
      return TrpcSession.signIn(started(server, 'server').baseUrl, email, password);
    },
  };
}
