import { type Database, Prisma } from '@stayzr/db';
import type { ChannelAccountDto } from '../dto.js';
import { AppError } from '../errors.js';
import { BaseAuthenticatedService } from './base-authenticated-service.js';
import { type TwilioSmsConfig, TwilioSmsSender } from './channels/twilio-sms.js';
import { PermanentDeliveryError, TransientDeliveryError } from './channels/types.js';

type ChannelRow = {
  id: string;
  organizationId: string;
  type: ChannelAccountDto['type'];
  provider: ChannelAccountDto['provider'];
  name: string;
  address: string;
  status: ChannelAccountDto['status'];
  statusDetail: string | null;
  encryptedConfig: string | null;
};

export function twilioWebhookUrls(publicUrl: string, channelAccountId: string) {
  return {
    incomingMessages: `${publicUrl}/webhooks/twilio/${channelAccountId}/sms`,
    statusCallback: `${publicUrl}/webhooks/twilio/${channelAccountId}/status`,
  };
}

/**
 * Inbound routing happens before any tenant is known: the channel account named in the webhook URL
 * decides the organization. Platform role, one row.
 */
export async function findChannelForInbound(db: Database, channelAccountId: string) {
  return db.withPlatform((tx) =>
    tx.channelAccount.findUnique({
      where: { id: channelAccountId },
      include: { organization: { select: { country: true, smsHelpText: true, name: true, status: true } } },
    }),
  );
}

export type InboundChannel = NonNullable<Awaited<ReturnType<typeof findChannelForInbound>>>;

const INBOUND_CHANNEL_TTL_MS = 10_000;
const INBOUND_CHANNEL_MAX_ENTRIES = 5_000;

/**
 * findChannelForInbound with a short per-process memory: a busy number's webhooks arrive many times a
 * second and its row rarely changes. Callers that reject a request on what the row says (a signature
 * made with a just-rotated token) ask again with `fresh` before refusing; unknown ids are not kept.
 */
export class InboundChannelDirectory {
  private readonly entries = new Map<string, { channel: InboundChannel; expiresAt: number }>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = INBOUND_CHANNEL_TTL_MS,
  ) {}

  async find(channelAccountId: string, options: { fresh?: boolean } = {}): Promise<InboundChannel | null> {
    const now = Date.now();
    const cached = this.entries.get(channelAccountId);
    if (cached && !options.fresh && cached.expiresAt > now) return cached.channel;
    const channel = await findChannelForInbound(this.db, channelAccountId);
    this.entries.delete(channelAccountId);
    if (channel) {
      if (this.entries.size >= INBOUND_CHANNEL_MAX_ENTRIES) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(channelAccountId, { channel, expiresAt: now + this.ttlMs });
    }
    return channel;
  }

  /** Whether `find` would answer from memory (no database round trip). */
  isCached(channelAccountId: string): boolean {
    return (this.entries.get(channelAccountId)?.expiresAt ?? 0) > Date.now();
  }
}

/** Channels of the organization; credentials are sealed at rest and never returned. */
export class ChannelAccountService extends BaseAuthenticatedService {
  async list(): Promise<ChannelAccountDto[]> {
    const rows = await this.db((tx) =>
      tx.channelAccount.findMany({ where: this.scope({}), orderBy: { createdAt: 'asc' } }),
    );
    return rows.map((row) => this.toDto(row));
  }

  async get(channelAccountId: string): Promise<ChannelAccountDto> {
    const row = await this.db((tx) =>
      tx.channelAccount.findFirst({ where: this.scope({ id: channelAccountId }) }),
    );
    if (!row) throw await this.notFound('channel_account', channelAccountId);
    return this.toDto(row);
  }

  async createTwilioSms(input: { name: string; accountSid: string; authToken: string; phoneNumber: string }) {
    this.requireRole('ORG_ADMIN');
    await this.requireWritable();
    // Whether another hotel uses the number is none of this one's business: addresses are unique per
    // organization (the index answers a duplicate here, atomically), and the Twilio credentials prove
    // who owns the number.
    const row = await this.db(async (tx) => {
      const property = await tx.property.findFirstOrThrow({
        where: this.scope({}),
        orderBy: { createdAt: 'asc' },
      });
      const created = await tx.channelAccount.create({
        data: {
          organizationId: this.orgId,
          propertyId: property.id,
          type: 'sms',
          provider: 'twilio',
          name: input.name,
          address: input.phoneNumber,
          encryptedConfig: this.deps.secrets.encryptJson({
            accountSid: input.accountSid,
            authToken: input.authToken,
          }),
        },
      });
      await this.audit(
        tx,
        'channel.created',
        { type: 'channel_account', id: created.id },
        { provider: 'twilio' },
      );
      return created;
    }).catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', `${input.phoneNumber} is already connected to this hotel.`);
      }
      throw error;
    });
    return this.toDto(row);
  }

  async updateTwilioSms(input: {
    channelAccountId: string;
    name?: string | undefined;
    authToken?: string | undefined;
    status?: 'active' | 'disabled' | undefined;
  }) {
    this.requireRole('ORG_ADMIN');
    await this.requireWritable();
    const row = await this.db(async (tx) => {
      const channel = await tx.channelAccount.findFirst({
        where: this.scope({ id: input.channelAccountId, provider: 'twilio' as const }),
      });
      if (!channel) throw await this.notFound('channel_account', input.channelAccountId);
      const config = this.configOf<TwilioSmsConfig>(channel);
      const updated = await tx.channelAccount.update({
        where: { id: channel.id },
        data: {
          ...(input.name ? { name: input.name } : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(input.authToken
            ? { encryptedConfig: this.deps.secrets.encryptJson({ ...config, authToken: input.authToken }) }
            : {}),
        },
      });
      await this.audit(
        tx,
        'channel.updated',
        { type: 'channel_account', id: channel.id },
        {
          fields: Object.keys(input).filter((key) => key !== 'channelAccountId' && key !== 'authToken'),
          authTokenChanged: Boolean(input.authToken),
        },
      );
      return updated;
    });
    return this.toDto(row);
  }

  /** Sends a real SMS through the channel, so an admin sees the credentials work end to end. */
  async sendTestSms(channelAccountId: string, to: string): Promise<{ externalId: string }> {
    this.requireRole('ORG_ADMIN');
    await this.requireWritable();
    const channel = await this.db((tx) =>
      tx.channelAccount.findFirst({ where: this.scope({ id: channelAccountId, type: 'sms' as const }) }),
    );
    if (!channel) throw await this.notFound('channel_account', channelAccountId);
    const sender = new TwilioSmsSender(
      this.configOf<TwilioSmsConfig>(channel),
      channel.address,
      this.deps.channels.twilioApiBaseUrl,
    );
    try {
      const result = await sender.send({
        messageId: 'test',
        to: { phoneE164: to, email: null, whatsappJid: null },
        body: 'Stayzr test message: your SMS channel works.',
        statusCallbackUrl: null,
      });
      await this.db((tx) => this.audit(tx, 'channel.test_sent', { type: 'channel_account', id: channel.id }));
      return { externalId: result.externalId };
    } catch (error) {
      if (error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError) {
        throw new AppError('BAD_REQUEST', `The test SMS was not sent: ${error.message}`, {
          providerCode: error.code,
        });
      }
      throw error;
    }
  }

  configOf<T>(channel: { encryptedConfig: string | null }): T {
    if (!channel.encryptedConfig) throw new AppError('CONFLICT', 'This channel has no credentials yet.');
    return this.deps.secrets.decryptJson<T>(channel.encryptedConfig);
  }

  private toDto(row: ChannelRow): ChannelAccountDto {
    const settings: Record<string, string> = {};
    if (row.provider === 'twilio' && row.encryptedConfig) {
      settings.accountSid = this.configOf<TwilioSmsConfig>(row).accountSid;
    }
    return {
      id: row.id,
      type: row.type,
      provider: row.provider,
      name: row.name,
      address: row.address,
      status: row.status,
      statusDetail: row.statusDetail,
      webhookUrls: row.provider === 'twilio' ? twilioWebhookUrls(this.deps.publicUrl, row.id) : {},
      settings,
    };
  }
}
