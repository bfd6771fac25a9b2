import { testRedisUrl } from '@stayzr/db/testing';
import { parseEnv } from '@stayzr/shared/server';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createServerDeps, type ServerDeps } from '../deps.js';
import { ZServerEnv } from '../env.js';

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

/** A free TCP port on 127.0.0.1 (for a server whose PUBLIC_URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
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
