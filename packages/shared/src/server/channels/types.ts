import type { MessageStatusValue } from '../../events.js';

export interface InboundAttachment {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Buffer | null;
  /** Where the provider keeps the file, when it could not be fetched. */
  sourceUrl?: string | null;
}

/** What every channel's inbound normalizer hands to MessageService.receiveInbound. */
export interface InboundMessage {
  channelAccountId: string;
  /** Provider id (Twilio MessageSid, WhatsApp id, email Message-ID): duplicates are ignored. */
  externalId: string;
  from: { phoneE164?: string; email?: string; whatsappJid?: string; name?: string };
  body: string;
  subject?: string | null;
  attachments: InboundAttachment[];
  receivedAt: Date;
  metadata?: Record<string, unknown>;
}

export interface OutboundMessage {
  messageId: string;
  to: { phoneE164: string | null; email: string | null; whatsappJid: string | null };
  body: string;
  /** Where the provider reports delivery status. */
  statusCallbackUrl: string | null;
}

export interface SendResult {
  externalId: string;
  status: MessageStatusValue;
}

/** A failure the provider will not fix by retrying (invalid number, opted out). */
export class PermanentDeliveryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The guest asked not to be texted (Twilio 21610). */
    readonly guestOptedOut = false,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** Network, 5xx or 429: worth retrying with backoff. */
export class TransientDeliveryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransientDeliveryError';
  }
}

export interface ChannelSender {
  send(message: OutboundMessage): Promise<SendResult>;
}
