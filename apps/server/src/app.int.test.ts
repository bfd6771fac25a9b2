import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, useServerHarness } from './testing/harness.js';

// Nothing listens on port 1 on loopback: a Redis that is down.
const DEAD_REDIS_URL = 'redis://127.0.0.1:1';

describe('server app', () => {
  const harness = useServerHarness({ server: 'inject' });
  let server: TestServer;
  beforeAll(() => {
    server = harness.server;
  });

  it('answers /healthz and echoes a request id', async () => {
    const response = await server.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'req-test-12345' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toBe('req-test-12345');
  });

  it('is ready when Postgres and Redis answer', async () => {
    const response = await server.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.redis.ok).toBe(true);
  });

  it('serves health.check over tRPC with superjson', async () => {
    const response = await server.app.inject({ url: '/trpc/health.check' });
    expect(response.statusCode).toBe(200);
    const report = superjson.deserialize<{ status: string; checks: { database: { ok: boolean } } }>(
      response.json().result.data,
    );
    expect(report.status).toBe('ok');
    expect(report.checks.database.ok).toBe(true);
  });

  it('rejects tRPC posts that are not JSON (cross-site forms)', async () => {
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/trpc/health.check',
        headers: { 'content-type': contentType },
        payload: 'a=b',
      });
      expect(response.statusCode, contentType).toBe(415);
      expect(response.json().error).toMatch(/application\/json/);
    }
  });

  it('refuses a batch larger than the limit', async () => {
    const paths = Array.from({ length: 11 }, () => 'health.check').join(',');
    const input = encodeURIComponent(JSON.stringify({}));
    const response = await server.app.inject({ url: `/trpc/${paths}?batch=1&input=${input}` });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a body over the size limit with 413 and stores nothing', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ json: { email: 'a@b.test', password: 'x'.repeat(2_000_000) } }),
    });
    expect(response.statusCode).toBe(413);
  });

  it('answers 404 for unknown procedures without a stack trace', async () => {
    const response = await server.app.inject({ url: '/trpc/nope.nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sends complete tRPC answers in one piece, with their status and headers', async () => {
    const batchInput = encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }));
    const cases = [
      { url: '/trpc/health.check', status: 200 },
      { url: `/trpc/health.check,auth.me?batch=1&input=${batchInput}`, status: 200 },
      { url: '/trpc/team.list', status: 401 },
      { url: '/trpc/nope.nothing', status: 404 },
    ];
    for (const { url, status } of cases) {
      const response = await server.app.inject({ url, headers: { 'x-request-id': 'req-complete-1' } });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toMatch(/^application\/json/);
      expect(response.headers['transfer-encoding'], url).toBeUndefined();
      expect(response.headers['content-length'], url).toBe(String(response.rawPayload.length));
      expect(response.headers['x-request-id'], url).toBe('req-complete-1');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(() => response.json(), url).not.toThrow();
    }
  });

  it('still streams jsonl batches', async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }));
    const response = await server.app.inject({
      url: `/trpc/health.check,auth.me?batch=1&input=${input}`,
      headers: { 'trpc-accept': 'application/jsonl' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.body.trim().split('\n').length).toBeGreaterThan(1);
  });
});

describe('server readiness with Redis down', () => {
  const harness = useServerHarness({ server: 'inject', env: { REDIS_URL: DEAD_REDIS_URL } });
  let server: TestServer;
  beforeAll(() => {
    server = harness.server;
  });

  it('reports 503 naming Redis while Postgres stays ok', async () => {
    const response = await server.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    const body = response.json();
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.redis.ok).toBe(false);
    expect(body.down.join(' ')).toMatch(/^redis: /);
  });

  it('keeps /healthz alive', async () => {
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});
