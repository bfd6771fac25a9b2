import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.';

/** What a client is told for a 4xx of the HTTP layer: fixed wording, never the error's own message. */
const CLIENT_MESSAGES: Record<number, string> = {
  400: 'The request could not be read',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'The request body is too large',
  415: 'Unsupported content type',
  429: 'Too many requests',
};

/**
 * The one error path of the HTTP routes outside tRPC (webhooks, health, static files, Stripe): a clear
 * 4xx for what the client got wrong (malformed or oversized body, wrong content type), a generic body
 * for a server fault. Details (stack, SQL, internal messages) go to the log with the request id only.
 * tRPC answers its own errors through its error formatter.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600
        ? error.statusCode
        : 500;
    if (status >= 500) {
      req.log.error({ err: error, url: req.url }, 'request failed');
      return reply.code(status).send({ error: INTERNAL_ERROR_MESSAGE });
    }
    req.log.warn({ code: error.code, reason: error.message, url: req.url }, 'request refused');
    return reply
      .code(status)
      .send({ error: CLIENT_MESSAGES[status] ?? STATUS_CODES[status] ?? 'Bad request' });
  });
}
