import { z } from 'zod';
import type { ChannelProviderValue } from '../../events.js';
import { ZChannelName } from '../../schemas/inbox.js';
import { ZId } from '../../schemas/team.js';
import { twilioSmsProvider } from './twilio-sms/provider.js';
import type { ChannelProviderDefinition } from './types.js';

/**
 * The channel registry: the only code that knows providers. Adding a provider is its folder beside
 * twilio-sms/ (with its browser-safe half in the channel catalog) and one line here.
 */
const PROVIDERS = [twilioSmsProvider] as const;

type AnyProvider = ChannelProviderDefinition<never>;
type Definitions = typeof PROVIDERS;

const BY_ID: ReadonlyMap<ChannelProviderValue, AnyProvider> = new Map(
  PROVIDERS.map((provider) => [provider.info.provider, provider as unknown as AnyProvider]),
);

/** Every provider Stayzr can connect, send through and receive from. */
export const channelProviders = (): readonly ChannelProviderDefinition[] =>
  PROVIDERS as unknown as readonly ChannelProviderDefinition[];

/** The definition of a channel account's provider; null for providers that have none yet. */
export function providerDefinition(provider: string): ChannelProviderDefinition | null {
  return (BY_ID.get(provider as ChannelProviderValue) as ChannelProviderDefinition | undefined) ?? null;
}

/** The providers Stayzr sends through: every one in the registry. */
export const SENDING_PROVIDERS: ReadonlySet<string> = new Set(BY_ID.keys());

/** The URLs of a channel's webhooks, by key (empty for providers without a definition). */
export function webhookUrlsOf(publicUrl: string, channel: { id: string; provider: string }) {
  const provider = providerDefinition(channel.provider);
  if (!provider) return {};
  return Object.fromEntries(
    provider.webhooks.map((route) => [
      route.key,
      `${publicUrl}/webhooks/${provider.webhookSlug}/${channel.id}${route.suffix ? `/${route.suffix}` : ''}`,
    ]),
  );
}

type Info<P extends Definitions[number]> = P['info'];

const connectOption = <P extends Definitions[number]>(provider: P) =>
  z.object({
    provider: z.literal(provider.info.provider as Info<P>['provider']),
    name: ZChannelName,
    config: provider.info.configSchema as Info<P>['configSchema'],
  });
const updateOption = <P extends Definitions[number]>(provider: P) =>
  z.object({
    provider: z.literal(provider.info.provider as Info<P>['provider']),
    channelAccountId: ZId,
    name: ZChannelName.optional(),
    status: z.enum(['active', 'disabled']).optional(),
    config: (provider.info.updateSchema as Info<P>['updateSchema']).optional(),
  });
const testOption = <P extends Definitions[number]>(provider: P) =>
  z
    .object({ provider: z.literal(provider.info.provider as Info<P>['provider']), channelAccountId: ZId })
    .extend((provider.info.test.schema as Info<P>['test']['schema']).shape);

/** One option per provider, in registry order (a tuple, so each keeps its own literal and schema). */
type OptionsOf<Build extends 'connect' | 'update' | 'test', T extends readonly unknown[] = Definitions> = {
  [K in keyof T]: T[K] extends Definitions[number]
    ? {
        connect: ReturnType<typeof connectOption<T[K]>>;
        update: ReturnType<typeof updateOption<T[K]>>;
        test: ReturnType<typeof testOption<T[K]>>;
      }[Build]
    : never;
};

// Discriminated by `provider`: the settings page's types and the server's validation both come from the
// providers' own schemas.
export const ZConnectChannelInput = z.discriminatedUnion(
  'provider',
  PROVIDERS.map(connectOption) as unknown as OptionsOf<'connect'>,
);
export const ZUpdateChannelInput = z.discriminatedUnion(
  'provider',
  PROVIDERS.map(updateOption) as unknown as OptionsOf<'update'>,
);
export const ZTestChannelInput = z.discriminatedUnion(
  'provider',
  PROVIDERS.map(testOption) as unknown as OptionsOf<'test'>,
);
export type ConnectChannelInput = z.infer<typeof ZConnectChannelInput>;
export type UpdateChannelInput = z.infer<typeof ZUpdateChannelInput>;
export type TestChannelInput = z.infer<typeof ZTestChannelInput>;
