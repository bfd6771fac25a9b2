import { type Database, Prisma, type Tx } from '@stayzr/db';
import { channelProvider } from '../../channels/catalog.js';
import type { ChannelAccountDto } from '../../dto.js';
import { AppError } from '../../errors.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import {
  type ConnectChannelInput,
  providerDefinition,
  type TestChannelInput,
  type UpdateChannelInput,
  webhookUrlsOf,
} from './registry.js';
import { type ChannelProviderDefinition, PermanentDeliveryError, TransientDeliveryError } from './types.js';

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
    return this.toDto(await this.db((tx) => this.channelIn(tx, channelAccountId)));
  }

  /**
   * Connects a channel of any provider in the registry. The provider's address field (a phone number)
   * becomes the channel's address, unique within the hotel; the other settings are sealed. Whether
   * another hotel uses the address is none of this one's business (inbound routing goes by the channel's
   * id, and the provider's credentials prove ownership), so nothing here looks beyond the organization.
   * Connecting an address this hotel disconnected earlier brings that channel back, with its history.
   */
  async connect(input: ConnectChannelInput): Promise<ChannelAccountDto> {
    const provider = this.providerOf(input.provider);
    await this.plan.requireWritable();
    await this.plan.requireFeature(provider.feature);
    const { [provider.info.addressField]: address, ...settings } = input.config as Record<string, string>;
    if (!address) throw new AppError('BAD_REQUEST', 'The channel needs an address.');
    const encryptedConfig = this.deps.secrets.encryptJson(settings);
    const alreadyHere = () => new AppError('CONFLICT', `${address} is already connected to this hotel.`);
    const row = await this.db(async (tx) => {
      const existing = await tx.channelAccount.findFirst({
        where: this.scope({ provider: input.provider, address }),
        select: { id: true, status: true },
      });
      if (existing && existing.status !== 'disconnected') throw alreadyHere();
      if (existing) {
        const updated = await tx.channelAccount.update({
          where: { id: existing.id },
          data: { name: input.name, encryptedConfig, status: 'active', statusDetail: null },
        });
        await this.auditChannel(tx, 'channel.reconnected', updated.id, { provider: input.provider });
        return updated;
      }
      const property = await tx.property.findFirstOrThrow({
        where: this.scope({}),
        orderBy: { createdAt: 'asc' },
      });
      const created = await tx.channelAccount.create({
        data: {
          organizationId: this.orgId,
          propertyId: property.id,
          type: provider.info.type,
          provider: input.provider,
          name: input.name,
          address,
          encryptedConfig,
        },
      });
      await this.auditChannel(tx, 'channel.created', created.id, { provider: input.provider });
      return created;
    }).catch((error: unknown) => {
      // Two admins connecting the same number at once: the unique index answers the second.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw alreadyHere();
      throw error;
    });
    return this.toDto(row);
  }

  /** Renames, disables or enables a channel, or changes the settings its provider lets change (a rotated token). */
  async update(input: UpdateChannelInput): Promise<ChannelAccountDto> {
    const provider = this.providerOf(input.provider);
    await this.plan.requireWritable();
    const changes = Object.fromEntries(
      Object.entries(input.config ?? {}).filter(([, value]) => value !== undefined && value !== ''),
    );
    const secretKeys = new Set(provider.info.fields.filter((f) => f.kind === 'secret').map((f) => f.key));
    const row = await this.db(async (tx) => {
      const channel = await this.channelIn(tx, input.channelAccountId, input.provider);
      if (channel.status === 'disconnected') {
        throw new AppError('CONFLICT', `${channel.name} is disconnected. Connect it again to use it.`);
      }
      const hasChanges = Object.keys(changes).length > 0;
      const updated = await tx.channelAccount.update({
        where: { id: channel.id },
        data: {
          ...(input.name ? { name: input.name } : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(hasChanges
            ? {
                encryptedConfig: this.deps.secrets.encryptJson({
                  ...this.configOf<Record<string, string>>(channel),
                  ...changes,
                }),
              }
            : {}),
        },
      });
      const changed = [
        ...(['name', 'status'] as const).filter((key) => input[key] !== undefined),
        ...Object.keys(changes).filter((key) => !secretKeys.has(key)),
      ];
      await this.auditChannel(tx, 'channel.updated', channel.id, {
        fields: changed,
        secretsChanged: Object.keys(changes).filter((key) => secretKeys.has(key)),
      });
      return updated;
    });
    return this.toDto(row);
  }

  /** Sends a real test message through the channel, so an admin sees the credentials work end to end. */
  async test(input: TestChannelInput): Promise<{ externalId: string }> {
    const provider = this.providerOf(input.provider);
    await this.plan.requireWritable();
    const channel = await this.db((tx) => this.channelIn(tx, input.channelAccountId, input.provider));
    const { provider: _provider, channelAccountId: _id, ...testInput } = input;
    try {
      const result = await provider.test(
        { id: channel.id, address: channel.address, config: this.configOf<Record<string, string>>(channel) },
        testInput,
        this.deps,
      );
      await this.db((tx) => this.auditChannel(tx, 'channel.test_sent', channel.id));
      return result;
    } catch (error) {
      if (error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError) {
        throw new AppError('BAD_REQUEST', `The ${provider.info.test.noun} was not sent: ${error.message}`, {
          providerCode: error.code,
        });
      }
      throw error;
    }
  }

  /**
   * Disconnects a channel: its credentials are forgotten, it no longer sends, and the provider's webhooks
   * for it are refused (a server that looked the channel up in the last few seconds may still accept one,
   * see InboundChannelDirectory); its conversations and messages stay. Connecting the same address again
   * brings it back. Idempotent.
   */
  async disconnect(channelAccountId: string): Promise<ChannelAccountDto> {
    await this.plan.requireWritable();
    const row = await this.db(async (tx) => {
      const channel = await this.channelIn(tx, channelAccountId);
      if (channel.status === 'disconnected') return channel;
      const updated = await tx.channelAccount.update({
        where: { id: channel.id },
        data: { status: 'disconnected', statusDetail: null, encryptedConfig: null },
      });
      await this.auditChannel(tx, 'channel.disconnected', channel.id, { provider: channel.provider });
      return updated;
    });
    return this.toDto(row);
  }

  configOf<T>(channel: { encryptedConfig: string | null }): T {
    if (!channel.encryptedConfig) throw new AppError('CONFLICT', 'This channel has no credentials yet.');
    return this.deps.secrets.decryptJson<T>(channel.encryptedConfig);
  }

  /** The organization's channel (of that provider, when given); NOT_FOUND otherwise, audited. */
  private async channelIn(tx: Tx, channelAccountId: string, provider?: ChannelAccountDto['provider']) {
    const channel = await tx.channelAccount.findFirst({
      where: this.scope({ id: channelAccountId, ...(provider ? { provider } : {}) }),
    });
    if (!channel) throw await this.notFound('channel_account', channelAccountId);
    return channel;
  }

  private auditChannel(tx: Tx, action: string, channelAccountId: string, meta?: Record<string, unknown>) {
    return this.audit(tx, action, { type: 'channel_account', id: channelAccountId }, meta);
  }

  /** The registry's definition; providers without one are set up by the Stayzr team, not from settings. */
  private providerOf(provider: string): ChannelProviderDefinition {
    const definition = providerDefinition(provider);
    if (!definition)
      throw new AppError('BAD_REQUEST', `Connecting ${provider} channels is not available yet.`);
    return definition;
  }

  private toDto(row: ChannelRow): ChannelAccountDto {
    const provider = providerDefinition(row.provider);
    const settings: Record<string, string> = {};
    if (provider && row.encryptedConfig) {
      // Only the fields the catalog does not mark secret leave the server.
      const config = this.configOf<Record<string, unknown>>(row);
      for (const field of provider.info.fields) {
        const value = config[field.key];
        if (field.kind !== 'secret' && typeof value === 'string') settings[field.key] = value;
      }
    }
    return {
      id: row.id,
      type: row.type,
      provider: row.provider,
      name: row.name,
      address: row.address,
      ...reportedStatus(row, provider !== null),
      webhookUrls: webhookUrlsOf(this.deps.publicUrl, row),
      settings,
    };
  }
}

/** A channel Stayzr cannot send through is never shown as active, whatever an older seed stored. */
function reportedStatus(
  row: Pick<ChannelRow, 'provider' | 'status' | 'statusDetail'>,
  canSend: boolean,
): Pick<ChannelAccountDto, 'status' | 'statusDetail'> {
  if (canSend || row.status !== 'active') return { status: row.status, statusDetail: row.statusDetail };
  return {
    status: 'pending',
    statusDetail: `${channelProvider(row.provider).label} is not in Stayzr yet: replies on this channel cannot be sent.`,
  };
}
