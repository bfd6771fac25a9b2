import { isUuid } from '@stayzr/db';
import {
  type ChannelProviderDefinition,
  type ChannelWebhookRoute,
  channelProviders,
  InboundChannelDirectory,
  verifyWebhook,
  WebhookRejection,
  type WebhookRequest,
} from '@stayzr/shared/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerDeps } from '../../deps.js';

const FORM_BODY_LIMIT = 64 * 1024;

type ChannelRequest = FastifyRequest<{ Params: { channelAccountId: string }; Body: Record<string, string> }>;

/**
 * The URL exactly as the provider called it, which its signature covers: from PUBLIC_URL, or from the
 * forwarded headers when TRUST_PROXY says a proxy we control sets them.
 */
function calledUrl(req: FastifyRequest, deps: ServerDeps): string {
  if (deps.env.TRUST_PROXY) return `${req.protocol}://${req.host}${req.url}`;
  return `${deps.env.PUBLIC_URL}${req.url}`;
}

/**
 * Every provider's webhooks, from the channel registry: `/webhooks/<slug>/:channelAccountId/<suffix>`.
 * The channel named in the URL decides the organization; nothing runs before its signature is checked.
 */
export async function channelWebhooks(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const channels = new InboundChannelDirectory(deps.db);

  const verified = async (provider: ChannelProviderDefinition, request: WebhookRequest) => {
    const id = request.channelAccountId;
    const check = async (fresh: boolean) =>
      verifyWebhook(provider, isUuid(id) ? await channels.find(id, { fresh }) : null, request, deps.services);
    const remembered = isUuid(id) && channels.isCached(id);
    try {
      return await check(false);
    } catch (error) {
      // The remembered row may predate a credential change: refuse only on what the database says now.
      if (!(error instanceof WebhookRejection) || !remembered) throw error;
      return check(true);
    }
  };

  const handler =
    (provider: ChannelProviderDefinition, route: ChannelWebhookRoute<Record<string, string>>) =>
    async (req: ChannelRequest, reply: FastifyReply) => {
      const request: WebhookRequest = {
        channelAccountId: req.params.channelAccountId,
        url: calledUrl(req, deps),
        headers: req.headers,
        body: typeof req.body === 'object' && req.body ? req.body : {},
        requestId: req.id,
      };
      try {
        const { channel, config } = await verified(provider, request);
        const answer = await route.handle(channel, config, request, deps.services);
        if (answer.contentType) reply.type(answer.contentType);
        return reply.code(answer.status).send(answer.body);
      } catch (error) {
        if (error instanceof WebhookRejection) {
          req.log.warn(
            {
              channelAccountId: request.channelAccountId,
              provider: provider.info.provider,
              reason: error.message,
            },
            'channel webhook rejected',
          );
          return reply.code(error.statusCode).send({ error: error.message });
        }
        // Not acknowledged: the provider retries, and nothing was half-stored (one transaction).
        throw error;
      }
    };

  for (const provider of channelProviders()) {
    for (const route of provider.webhooks) {
      const path = `/webhooks/${provider.webhookSlug}/:channelAccountId${route.suffix ? `/${route.suffix}` : ''}`;
      app.route({ method: route.method, url: path, handler: handler(provider, route) });
    }
  }
}
