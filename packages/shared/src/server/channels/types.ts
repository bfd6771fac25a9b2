import type { Feature } from '../../billing/plans.js';
import type { ChannelProviderInfo } from '../../channels/provider-info.js';
import type { MessageStatusValue } from '../../events.js';
import type { ChannelSettings, ServiceDeps } from '../kernel/service-deps.js';
import type { InboundChannel } from './channel-account-service.js';

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

/** What an interrupted send attempt is looked up by at the provider. */
export interface SentLookup {
  to: OutboundMessage['to'];
  body: string;
  /** When the attempt started (a little earlier, for clock skew): older provider messages are not it. */
  since: Date;
}

export interface ChannelSender {
  send(message: OutboundMessage): Promise<SendResult>;
  /**
   * After an attempt whose outcome is unknown (the worker died between calling the provider and storing
   * its answer): the provider's own record of that message, or null when the provider has none (so
   * sending is safe). Absent for providers that offer no lookup: such an attempt is never repeated
   * blindly, it is shown to staff as unconfirmed.
   */
  findSent?(lookup: SentLookup): Promise<SendResult | null>;
}

/** What a provider's sender and connection test are built from. */
export interface ChannelProviderDeps {
  /** Where provider REST calls go instead of the real API (a local fake in tests and demos). */
  channels: ChannelSettings;
  publicUrl: string;
}

/** A channel account as the provider needs it: its address and its opened (decrypted) settings. */
export interface ProviderChannel<Config> {
  id: string;
  address: string;
  config: Config;
}

/** A provider webhook call, framework-neutral: the server turns each Fastify request into one. */
export interface WebhookRequest {
  channelAccountId: string;
  /** The URL exactly as the provider called it (signatures cover it). */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed body (form fields for a form post). */
  body: Record<string, string>;
  requestId: string;
}

export interface WebhookReply {
  status: number;
  contentType?: string;
  body?: string;
}

/** A refusal the provider should not retry (or should, for 403 after a credential change). */
export class WebhookRejection extends Error {
  constructor(
    readonly statusCode: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

export interface ChannelWebhookRoute<Config> {
  /** The key of the URL in `ChannelAccountDto.webhookUrls` (its label is in the catalog). */
  key: string;
  method: 'GET' | 'POST';
  /** After `/webhooks/<slug>/<channelAccountId>`; empty for the channel's own URL. */
  suffix: string;
  /** Runs after the channel was found and the signature checked. */
  handle(
    channel: InboundChannel,
    config: Config,
    request: WebhookRequest,
    deps: ServiceDeps,
  ): Promise<WebhookReply>;
}

/**
 * A provider definition: everything the server needs to connect, send through and hear from one kind of
 * channel account. Listed in registry.ts, the only code that knows providers; its browser-safe half
 * (label, config schema, form fields, webhook labels) is `info`, from the channel catalog. `Config` is
 * what is sealed at rest: the connect form's settings without the address field.
 */
export interface ChannelProviderDefinition<Config = Record<string, string>> {
  info: ChannelProviderInfo &
    Required<Pick<ChannelProviderInfo, 'configSchema' | 'updateSchema' | 'addressField' | 'test'>>;
  feature: Feature;
  /** Path segment of its webhooks: `/webhooks/<slug>/:channelAccountId/<suffix>`. */
  webhookSlug: string;
  createSender(channel: ProviderChannel<Config>, deps: ChannelProviderDeps): ChannelSender;
  /** Sends a real test message (input: the catalog's `test.schema`), so an admin sees the credentials work. */
  test(
    channel: ProviderChannel<Config>,
    input: Record<string, string>,
    deps: ChannelProviderDeps,
  ): Promise<{ externalId: string }>;
  /** Whether a webhook request was signed with this channel's credentials. */
  verifyWebhook(config: Config, request: WebhookRequest): boolean;
  /** The provider's inbound payload as the one inbound path takes it. */
  normalizeInbound(
    channel: InboundChannel,
    config: Config,
    body: Record<string, string>,
    deps: ServiceDeps,
  ): Promise<InboundMessage>;
  /** The provider's delivery statuses mapped onto ours (null: not a status we track). */
  mapStatus(status: string): MessageStatusValue | null;
  webhooks: readonly ChannelWebhookRoute<Config>[];
  /** The webhook (by key) where the provider reports the delivery status of what we send, if any. */
  statusWebhook: string | null;
}
