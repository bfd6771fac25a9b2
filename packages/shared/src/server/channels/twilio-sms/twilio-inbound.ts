import { smsSenderPhone } from '../../guests/guest-identity.js';
import { GuestService } from '../../guests/guest-service.js';
import type { ServiceDeps } from '../../kernel/service-deps.js';
import { systemContext } from '../../kernel/tenant-context.js';
import { MessageService } from '../../messaging/message-service.js';
import type { InboundChannel } from '../channel-account-service.js';
import { type InboundAttachment, type InboundMessage, WebhookRejection } from '../types.js';
import {
  explainTwilioError,
  mapTwilioStatus,
  smsKeyword,
  type TwilioSmsConfig,
  twimlMessage,
} from './twilio-sms.js';

const MEDIA_TIMEOUT_MS = 5_000;
const MEDIA_MAX_BYTES = 5 * 1024 * 1024;

/** Twilio SIDs are two letters and 32 hex digits; anything else is not from Twilio and is refused. */
const SID_RE = /^[A-Za-z]{2}[A-Za-z0-9]{1,62}$/;
const MIME_RE = /^[\w.+-]+\/[\w.+-]+(\s*;[\w\s=.+"-]*)?$/;

/** Free text PostgreSQL can store: NUL bytes cannot be, and dropping them keeps the guest's message. */
const storable = (text: string): string => text.replace(/\0/g, '');

function messageSid(params: Record<string, string>): string {
  const sid = params.MessageSid ?? params.SmsSid;
  if (!sid) throw new WebhookRejection(400, 'MessageSid is required');
  if (!SID_RE.test(sid)) throw new WebhookRejection(400, 'MessageSid is malformed');
  return sid;
}

/**
 * Twilio's inbound SMS/MMS and status callbacks for one channel account. The organization comes from
 * the channel account; everything after the signature check runs as a system tenant context.
 */
export class TwilioInboundService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly requestId: string,
  ) {}

  /** Stores the message (once per MessageSid), applies STOP/START/HELP, and returns the TwiML reply. */
  async receiveMessage(
    channel: InboundChannel,
    config: TwilioSmsConfig,
    params: Record<string, string>,
  ): Promise<string> {
    const inbound = await this.normalize(channel, config, params);
    const context = systemContext(channel.organizationId, 'twilio-sms', this.requestId);
    const received = await new MessageService(this.deps, context).receiveInbound(inbound);
    if (received.duplicate) return twimlMessage(null);
    const keyword = smsKeyword(params.Body ?? '');
    if (keyword === 'stop' || keyword === 'start') {
      await new GuestService(this.deps, context).setSmsOptOut(received.guestId, keyword === 'stop');
    }
    if (keyword === 'help') {
      return twimlMessage(
        channel.organization.smsHelpText ??
          `${channel.organization.name}: reply to this number to reach the front desk. Reply STOP to opt out.`,
      );
    }
    return twimlMessage(null);
  }

  /** Twilio's form post as an InboundMessage; a signed payload that cannot be one is refused with a 4xx. */
  async normalize(
    channel: InboundChannel,
    config: TwilioSmsConfig,
    params: Record<string, string>,
  ): Promise<InboundMessage> {
    const sid = messageSid(params);
    const from = params.From;
    if (!from) throw new WebhookRejection(400, 'From is required');
    // A signed payload from an implausible sender is refused with a 4xx (Twilio does not retry it): it
    // would become a guest whose "phone number" is garbage. Every possible number is still accepted.
    const sender = smsSenderPhone(from, channel.organization.country);
    if ('refused' in sender) throw new WebhookRejection(400, `From is ${sender.refused}`);
    const { phoneE164 } = sender;
    const optional = (value: string | undefined) => (value === undefined ? undefined : storable(value));
    return {
      channelAccountId: channel.id,
      externalId: sid,
      from: { phoneE164 },
      body: storable(params.Body ?? ''),
      attachments: await this.fetchMedia(config, params),
      receivedAt: new Date(),
      metadata: {
        fromCity: optional(params.FromCity),
        fromCountry: optional(params.FromCountry),
        numSegments: optional(params.NumSegments),
      },
    };
  }

  async applyStatus(channel: InboundChannel, params: Record<string, string>): Promise<void> {
    const sid = messageSid(params);
    const status = mapTwilioStatus(params.MessageStatus ?? params.SmsStatus ?? '');
    if (!status) return;
    // Twilio's error codes are numbers; anything else is not one and is not stored.
    const code = params.ErrorCode && /^\d{1,10}$/.test(params.ErrorCode) ? params.ErrorCode : null;
    const context = systemContext(channel.organizationId, 'twilio-status', this.requestId);
    await new MessageService(this.deps, context).updateStatusByExternalId(channel.id, sid, status, {
      code,
      message: code ? explainTwilioError(code) : null,
    });
  }

  /** MMS media lives at Twilio behind the account's credentials; a fetch failure keeps the link, never the message back. */
  private async fetchMedia(
    config: TwilioSmsConfig,
    params: Record<string, string>,
  ): Promise<InboundAttachment[]> {
    const count = Math.min(Number(params.NumMedia ?? 0) || 0, 10);
    const attachments: InboundAttachment[] = [];
    for (let index = 0; index < count; index++) {
      const url = params[`MediaUrl${index}`];
      if (!url || !/^https?:\/\/[^\0\s]+$/.test(url)) continue;
      const declared = params[`MediaContentType${index}`] ?? '';
      const contentType = MIME_RE.test(declared) ? declared : 'application/octet-stream';
      const fileName = `media-${index + 1}.${contentType.split('/')[1]?.split(';')[0] ?? 'bin'}`;
      try {
        const response = await fetch(url, {
          headers: {
            authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`,
          },
          signal: AbortSignal.timeout(MEDIA_TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const content = Buffer.from(await response.arrayBuffer());
        if (content.length > MEDIA_MAX_BYTES) throw new Error('too large');
        attachments.push({ fileName, contentType, sizeBytes: content.length, content });
      } catch (error) {
        this.deps.logger.warn({ err: error, index }, 'MMS media not fetched; keeping its link');
        attachments.push({ fileName, contentType, sizeBytes: 0, content: null, sourceUrl: url });
      }
    }
    return attachments;
  }
}
