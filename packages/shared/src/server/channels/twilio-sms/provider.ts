import { CHANNEL_FEATURE } from '../../../channels/channel-types.js';
import { TWILIO_SMS } from '../../../channels/providers/twilio-sms.js';
import type { ChannelProviderDefinition } from '../types.js';
import { TwilioInboundService } from './twilio-inbound.js';
import {
  isValidTwilioSignature,
  mapTwilioStatus,
  type TwilioSmsConfig,
  TwilioSmsSender,
} from './twilio-sms.js';

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** SMS through Twilio: the first provider of the registry. */
export const twilioSmsProvider = {
  info: TWILIO_SMS,
  feature: CHANNEL_FEATURE[TWILIO_SMS.type],
  webhookSlug: 'twilio',
  createSender: (channel, deps) =>
    new TwilioSmsSender(channel.config, channel.address, deps.channels.twilioApiBaseUrl),
  async test(channel, input, deps) {
    const result = await this.createSender(channel, deps).send({
      messageId: 'test',
      to: { phoneE164: input.to ?? null, email: null, whatsappJid: null },
      body: TWILIO_SMS.test.body,
      statusCallbackUrl: null,
    });
    return { externalId: result.externalId };
  },
  verifyWebhook: (config, request) =>
    isValidTwilioSignature(
      config.authToken,
      header(request.headers['x-twilio-signature']),
      request.url,
      request.body,
    ),
  normalizeInbound: (channel, config, body, deps) =>
    new TwilioInboundService(deps, 'normalize').normalize(channel, config, body),
  mapStatus: mapTwilioStatus,
  webhooks: [
    {
      key: 'incomingMessages',
      method: 'POST',
      suffix: 'sms',
      async handle(channel, config, request, deps) {
        const twiml = await new TwilioInboundService(deps, request.requestId).receiveMessage(
          channel,
          config,
          request.body,
        );
        return { status: 200, contentType: 'text/xml', body: twiml };
      },
    },
    {
      key: 'statusCallback',
      method: 'POST',
      suffix: 'status',
      async handle(channel, _config, request, deps) {
        await new TwilioInboundService(deps, request.requestId).applyStatus(channel, request.body);
        return { status: 204 };
      },
    },
  ],
  statusWebhook: 'statusCallback',
} satisfies ChannelProviderDefinition<TwilioSmsConfig>;
