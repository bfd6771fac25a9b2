import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../deps.js';

/**
 * POST /webhooks/stripe, registered only when Stripe is configured. The signature covers the exact
 * bytes Stripe sent, so this scope keeps JSON bodies raw instead of parsing them.
 */
export async function registerStripeWebhook(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const handler = deps.stripeWebhooks;
  if (!handler) return;
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    scope.post('/webhooks/stripe', async (req, reply) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await handler.handle(body, req.headers['stripe-signature']);
      return reply.code(result.status).send(result.body);
    });
  });
}
