import { z } from 'zod';
import { ZE164 } from '../../schemas/inbox.js';
import { zText } from '../../schemas/text.js';
import type { ChannelProviderInfo } from '../provider-info.js';

/** What an admin types to connect a Twilio number: the number becomes the channel's address. */
export const ZTwilioSmsConfig = z.object({
  accountSid: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, 'An account SID starts with AC followed by 32 characters'),
  authToken: zText()
    .min(8, 'An auth token has 8 to 128 characters')
    .max(128, 'An auth token has 8 to 128 characters'),
  phoneNumber: ZE164,
});

/** The browser-safe half of the Twilio SMS provider (the server half is server/channels/twilio-sms/). */
export const TWILIO_SMS = {
  provider: 'twilio',
  type: 'sms',
  label: 'Twilio',
  connectable: true,
  connectNote: 'Connect a Twilio number.',
  connectIntro:
    'Use a Twilio phone number that can send and receive SMS. The details are in the Twilio console under Account → API keys & tokens.',
  defaultName: 'Front desk SMS',
  configSchema: ZTwilioSmsConfig,
  updateSchema: ZTwilioSmsConfig.pick({ authToken: true }).partial(),
  addressField: 'phoneNumber',
  fields: [
    { key: 'accountSid', label: 'Account SID', kind: 'text', placeholder: 'AC…', monospace: true },
    {
      key: 'authToken',
      label: 'Auth token',
      kind: 'secret',
      description: 'Stored encrypted and never shown again.',
      update: {
        label: 'New auth token',
        description: 'Leave empty to keep the current token. The stored token is never shown.',
      },
    },
    {
      key: 'phoneNumber',
      label: 'Phone number',
      kind: 'phone',
      placeholder: '+15005550006',
      description: 'The Twilio number, in international format.',
      readOnlyNote: 'To use another number or Twilio account, add a new channel.',
    },
  ],
  webhooks: {
    incomingMessages: {
      label: 'A message comes in',
      description:
        'Twilio console → Phone Numbers → your number → Messaging → “A message comes in” (HTTP POST).',
    },
    statusCallback: {
      label: 'Status callback URL',
      description: 'Same page, “Status callback URL”: delivery ticks for the messages your team sends.',
    },
  },
  test: {
    schema: z.object({ to: ZE164 }),
    noun: 'test SMS',
    body: 'Stayzr test message: your SMS channel works.',
    recipient: {
      label: 'Send to',
      placeholder: '+351912345678',
      hint: 'Use your own mobile number.',
      type: 'tel',
    },
  },
} as const satisfies ChannelProviderInfo;
