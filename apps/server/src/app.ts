import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { registerStripeWebhook } from './billing/stripe-webhook.js';
import type { ServerDeps } from './deps.js';
import { registerErrorHandling } from './http/error-handler.js';
import { cutEventStreamsOnClose } from './http/event-streams.js';
import { channelWebhooks } from './http/webhooks/channel-webhooks.js';
import { type AppRouter, appRouter } from './router.js';
import { completeJsonResponse } from './trpc/complete-json-response.js';
import { contextFactory } from './trpc/context.js';

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{8,128}$/;

export async function buildApp(deps: ServerDeps): Promise<FastifyInstance> {
  const { env } = deps;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 5000 },
    requestIdHeader: false,
    // Keep a caller's X-Request-Id when it is sane, so logs join up across a proxy.
    genReqId: (req) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID_RE.test(header) ? header : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandling(app);
  cutEventStreamsOnClose(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: env.NODE_ENV === 'production' ? undefined : false,
  });

  await app.register(fastifyCookie);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const report = await deps.health.check();
    const down = Object.entries(report.checks)
      .filter(([, check]) => !check.ok)
      .map(([name, check]) => `${name}: ${check.error ?? 'down'}`);
    return reply.code(down.length ? 503 : 200).send({ ...report, down });
  });

  // A cross-site form can post urlencoded, multipart or text/plain without a preflight; only JSON
  // bodies reach tRPC mutations.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST' || !req.url.startsWith('/trpc/')) return;
    const contentType = String(req.headers['content-type'] ?? '');
    if (!contentType.startsWith('application/json')) {
      return reply.code(415).send({ error: 'tRPC requests must be sent as application/json' });
    }
  });

  await app.register(async (scope) => {
    scope.addHook('onSend', completeJsonResponse);
    await scope.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext: contextFactory(deps),
        maxBatchSize: 10,
        onError({ error, path, ctx }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') {
            ctx?.req.log.error({ err: error.cause ?? error, path }, 'tRPC procedure failed');
          }
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  await app.register((scope) => channelWebhooks(scope, deps));

  await registerStripeWebhook(app, deps);

  const servesWebApp = env.NODE_ENV === 'production' && registerWebApp(app, env.WEB_DIST_DIR);
  // One not-found answer for every route; with the built SPA, unknown non-API GETs get index.html so
  // deep links work after reload.
  app.setNotFoundHandler((req, reply) => {
    const isApi = /^\/(trpc|webhooks|healthz|readyz)(\/|$)/.test(req.url);
    if (servesWebApp && req.method === 'GET' && !isApi && req.headers.accept?.includes('text/html')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'Not found' });
  });
  return app;
}

/** Serves the built SPA; false when it has not been built. */
function registerWebApp(app: FastifyInstance, distDir: string): boolean {
  if (!existsSync(distDir)) {
    app.log.warn({ distDir }, 'built web app not found; run `npm run build` to serve it');
    return false;
  }
  void app.register(fastifyStatic, { root: distDir, wildcard: false, maxAge: '1h' });
  return true;
}
