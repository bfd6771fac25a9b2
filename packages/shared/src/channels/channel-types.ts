import type { Feature } from '../billing/plans.js';
import type { ChannelTypeValue } from '../events.js';

// The channel types and their names, apart from the provider catalog (catalog.ts), whose config schemas
// bring zod along: the inbox and every page's shell read only these, and load no schema for them.

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
