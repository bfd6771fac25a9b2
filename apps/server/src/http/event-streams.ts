import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * An SSE response (the inbox's live stream) never ends by itself, so `app.close()` would wait for it
 * until the forced exit. On close, cut those connections: the browser's EventSource reconnects, to
 * another instance behind the load balancer. Ordinary requests in flight still finish.
 */
export function cutEventStreamsOnClose(app: FastifyInstance): void {
  const open = new Set<ServerResponse>();
  app.addHook('onRequest', async (_req, reply) => {
    const response = reply.raw;
    open.add(response);
    response.once('close', () => open.delete(response));
  });
  app.addHook('preClose', async () => {
    for (const response of open) {
      if (String(response.getHeader('content-type') ?? '').startsWith('text/event-stream')) {
        response.destroy();
      }
    }
  });
}
