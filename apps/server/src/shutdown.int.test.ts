import { fileURLToPath } from 'node:url';
import {
  createTestChannelAccount,
  createTestDatabase,
  createTestOrganization,
  createTestUser,
  freeTcpPort,
  spawnUntil,
  startRedisServer,
  TEST_PASSWORD,
  type TestDatabase,
  type TestProcess,
  terminate,
} from '@stayzr/db/testing';
import { postSignedTwilioWebhook } from '@stayzr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrpcSession } from './testing/trpc-session.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

async function startServerProcess(
  databaseUrl: string,
  redisUrl: string,
): Promise<TestProcess & { base: string }> {
  const port = await freeTcpPort();
  const server = await spawnUntil(
    process.execPath,
    ['--import', 'tsx', '--conditions=@stayzr/source', 'src/main.ts'],
    {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
      },
      readyText: 'listening on',
    },
  );
  return { ...server, base: `http://127.0.0.1:${port}` };
}

/** The inbox's SSE stream with the session cookie, open until the server ends it. */
async function openInboxStream(base: string, cookie: string): Promise<AbortController> {
  const controller = new AbortController();
  const response = await fetch(`${base}/trpc/inbox.events`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  void (async () => {
    try {
      while (!(await reader.read()).done) {}
    } catch {}
  })();
  return controller;
}

describe('server shutdown', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('exits 0 on SIGTERM even though its Redis was never reachable', async () => {
    // Nothing listens here: Redis is down for the whole life of the process.
    const server = await startServerProcess(database.url, `redis://127.0.0.1:${await freeTcpPort()}`);
    // Requests that touch Redis while it is down, as a load balancer's probes would.
    for (const path of ['/readyz', '/healthz', '/trpc/auth.me'])
      await fetch(`${server.base}${path}`).catch(() => undefined);
    // An inbound message tries to queue its follow-up jobs, so the queues exist and try to connect.
    const org = await createTestOrganization(database.db, { name: 'Shutdown never' });
    const channel = await createTestChannelAccount(database.db, org.id, {
      config: { accountSid: `AC${'3'.repeat(32)}`, authToken: 'token-shutdown-never' },
    });
    await postSignedTwilioWebhook(
      `${server.base}/webhooks/twilio/${channel.id}/sms`,
      { MessageSid: `SM${'8'.repeat(32)}`, From: '+447400100201', To: channel.address, Body: 'hello' },
      'token-shutdown-never',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Well inside main.ts's 10 s forced exit: a hang there ends with code 1, or after the wait.
    const { code, ms } = await terminate(server);
    expect(code, server.output()).toBe(0);
    expect(ms).toBeLessThan(3_000);
    expect(server.output()).not.toContain('graceful shutdown timed out');
  }, 30_000);

  it('exits 0 on SIGTERM with an inbox SSE stream open, whether its Redis is up or died under it', async () => {
    for (const redisDies of [false, true]) {
      const redis = await startRedisServer();
      const server = await startServerProcess(database.url, redis.url);
      try {
        const org = await createTestOrganization(database.db, { name: `Shutdown ${redisDies}` });
        const user = await createTestUser(database.db, org.id);
        const channel = await createTestChannelAccount(database.db, org.id, {
          config: { accountSid: `AC${'4'.repeat(32)}`, authToken: 'token-shutdown-dies' },
        });
        const session = await TrpcSession.signIn(server.base, user.email, TEST_PASSWORD);
        const stream = await openInboxStream(server.base, session.cookie!);
        // Inbound: the message is stored, its event published and its follow-up jobs queued.
        const inbound = await postSignedTwilioWebhook(
          `${server.base}/webhooks/twilio/${channel.id}/sms`,
          {
            MessageSid: `SM${redisDies ? '9' : '6'}${'9'.repeat(31)}`,
            From: '+447400100202',
            To: channel.address,
            Body: 'hello',
          },
          'token-shutdown-dies',
        );
        expect(inbound.status).toBe(200);
        if (redisDies) {
          await redis.kill();
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        const { code, ms } = await terminate(server);
        stream.abort();
        expect(code, `redis dies: ${redisDies}\n${server.output()}`).toBe(0);
        expect(ms).toBeLessThan(3_000);
      } finally {
        if (server.child.exitCode === null) server.child.kill('SIGKILL');
        await redis.kill();
      }
    }
  }, 60_000);
});
