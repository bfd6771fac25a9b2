import type { ServiceDeps } from '../kernel/service-deps.js';
import type { InboundChannel } from './channel-account-service.js';
import { type ChannelProviderDefinition, WebhookRejection, type WebhookRequest } from './types.js';

/**
 * The check every provider webhook passes before its handler runs: the channel named in the URL is one of
 * this provider's, has credentials, and signed the request with them.
 */
export function verifyWebhook<Config>(
  provider: ChannelProviderDefinition<Config>,
  channel: InboundChannel | null,
  request: WebhookRequest,
  deps: Pick<ServiceDeps, 'secrets'>,
): { channel: InboundChannel; config: Config } {
  if (channel?.provider !== provider.info.provider)
    throw new WebhookRejection(404, 'Unknown channel account');
  if (!channel.encryptedConfig) throw new WebhookRejection(403, 'Channel has no credentials');
  const config = deps.secrets.decryptJson<Config>(channel.encryptedConfig);
  if (!provider.verifyWebhook(config, request)) {
    throw new WebhookRejection(403, `Invalid ${provider.info.label} signature`);
  }
  return { channel, config };
}
