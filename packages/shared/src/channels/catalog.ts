import { z } from 'zod';
import type { Feature } from '../billing/plans.js';
import type { ChannelProviderValue, ChannelTypeValue } from '../events.js';
import { ZChannelName } from '../schemas/inbox.js';
import { CHANNEL_FEATURE, CHANNEL_TYPES } from './channel-types.js';
import type { ChannelProviderInfo } from './provider-info.js';
import { TWILIO_SMS } from './providers/twilio-sms.js';

/**
 * The channel catalog: the one browser-safe list of channel providers (with channel-types.ts, the types)
 * that the web app (settings page, plan comparison, inbox filters) and the server read. Connecting, sending
 * and webhooks are the server registry's (`@stayzr/shared/server/channels/registry.ts`), which has a
 * definition for every provider marked `connectable` here (checked by registry.test.ts).
 *
 * Every provider a channel account can have; the ones not connectable yet are set up by the Stayzr team.
 */
export const CHANNEL_PROVIDERS: Record<ChannelProviderValue, ChannelProviderInfo> = {
  twilio: TWILIO_SMS,
  baileys: {
    provider: 'baileys',
    type: 'whatsapp',
    label: 'WhatsApp Web',
    connectable: false,
    fields: [],
    webhooks: {},
  },
  whatsapp_cloud: {
    provider: 'whatsapp_cloud',
    type: 'whatsapp',
    label: 'WhatsApp Cloud API',
    connectable: false,
    fields: [],
    webhooks: {},
  },
  smtp: { provider: 'smtp', type: 'email', label: 'SMTP', connectable: false, fields: [], webhooks: {} },
};

export const channelProvider = (provider: ChannelProviderValue): ChannelProviderInfo =>
  CHANNEL_PROVIDERS[provider];

/** The providers of a channel type an org admin can connect today (empty: not available yet). */
export function connectableProviders(type: ChannelTypeValue): ChannelProviderInfo[] {
  return Object.values(CHANNEL_PROVIDERS).filter((info) => info.type === type && info.connectable);
}

/** Plan features a hotel can use today because a provider for them is connectable. */
export const CONNECTABLE_CHANNEL_FEATURES: readonly Feature[] = CHANNEL_TYPES.filter(
  (type) => connectableProviders(type).length > 0,
).map((type) => CHANNEL_FEATURE[type]);

/** What the connect form validates: the channel's name and the provider's settings, flat. */
export const channelFormSchema = (info: ChannelProviderInfo) =>
  z.object({ name: ZChannelName }).extend(info.configSchema?.shape ?? {});
