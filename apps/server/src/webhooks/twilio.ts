import { isUuid } from '@stayzr/db';
import { InboundChannelDirectory, TwilioInboundService, WebhookRejection } from '@stayzr/shared/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerDeps } from '../deps.js';

const FORM_BODY_LIMIT = 64 * 1024;

type TwilioRequest = FastifyRequest<{ Params: { channelAccountId: string }; Body: Record<string, string> }>;

/**
 * The URL exactly as Twilio called it, which its signature covers: from PUBLIC_URL, or from the
 * forwarded headers when TRUST_PROXY says a proxy we control sets them.
 */
function calledUrl(req: FastifyRequest, deps: ServerDeps): string {
  if (deps.env.TRUST_PROXY) return `${req.protocol}://${req.host}${req.url}`;
  return `${deps.env.PUBLIC_URL}${req.url}`;
}

export async function twilioWebhooks(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const handle =
    (work: (inbound: TwilioInboundService, req: TwilioRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (req: TwilioRequest, reply: FastifyReply) => {
      const inbound = new TwilioInboundService(deps.services, req.id);
      try {
        return await work(inbound, req, reply);
      } catch (error) {
        if (error instanceof WebhookRejection) {
          req.log.warn(
            { channelAccountId: req.params.channelAccountId, reason: error.message },
            'twilio webhook rejected',
          );
          return reply.code(error.statusCode).send({ error: error.message });
        }
        // Not acknowledged: Twilio retries, and nothing was half-stored (one transaction).
        throw error;
      }
    };

  const channels = new InboundChannelDirectory(deps.db);

  const verified = async (inbound: TwilioInboundService, req: TwilioRequest) => {
    const id = req.params.channelAccountId;
    const params = typeof req.body === 'object' && req.body ? req.body : {};
    const check = async (fresh: boolean) =>
      inbound.verify(
        isUuid(id) ? await channels.find(id, { fresh }) : null,
        calledUrl(req, deps),
        req.headers['x-twilio-signature'] as string | undefined,
        params,
      );
    const remembered = isUuid(id) && channels.isCached(id);
    try {
      return { ...(await check(false)), params };
    } catch (error) {
      // The remembered row may predate a credential change: refuse only on what the database says now.
      if (!(error instanceof WebhookRejection) || !remembered) throw error;
      return { ...(await check(true)), params };
    }
  };

  app.post(
    '/webhooks/twilio/:channelAccountId/sms',
    handle(async (inbound, req, reply) => {
      const { channel, config, params } = await verified(inbound, req);
      const twiml = await inbound.receiveMessage(channel, config, params);
      return reply.type('text/xml').send(twiml);
    }),
  );

  app.post(
    '/webhooks/twilio/:channelAccountId/status',
    handle(async (inbound, req, reply) => {
      const { channel, params } = await verified(inbound, req);
      await inbound.applyStatus(channel, params);
      return reply.code(204).send();
    }),
  );
}
