import type { Feature } from '../billing/plans.js';
import type { ChannelTypeValue } from '../events.js';

/**
 * The channel catalog: the one browser-safe list of channel types the web app, the plan comparison
 * and the server read.
 */
export const CHANNEL_TYPES: readonly ChannelTypeValue[] = ['sms', 'whatsapp', 'email'];

export const CHANNEL_TYPE_LABELS: Record<ChannelTypeValue, string> = {
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Email',
};

/** The plan feature each channel needs. */
export const CHANNEL_FEATURE: Record<ChannelTypeValue, Feature> = {
  sms: 'smsIntegration',
  whatsapp: 'whatsappIntegration',
  email: 'emailIntegration',
};
