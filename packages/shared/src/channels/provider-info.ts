import type { z } from 'zod';
import type { ChannelProviderValue, ChannelTypeValue } from '../events.js';

/** One setting of a provider's connect form, described for the settings page. */
export interface ConfigFieldInfo {
  key: string;
  label: string;
  /** `secret`: sealed at rest, never returned or shown again; `phone`: an E.164 number. */
  kind: 'text' | 'secret' | 'phone';
  placeholder?: string;
  description?: string;
  monospace?: boolean;
  /** Present when the field can be changed after connecting (how the edit form calls it). */
  update?: { label: string; description: string };
  /** Shown under the read-only value in the edit form. */
  readOnlyNote?: string;
}

/**
 * The browser-safe half of a channel provider: what the settings page, the plan comparison and the
 * tRPC input schemas need. The server half (sender, webhooks, normalizer) lives in
 * `@stayzr/shared/server/channels/<provider>/` and is listed in the registry.
 */
export interface ChannelProviderInfo {
  provider: ChannelProviderValue;
  type: ChannelTypeValue;
  label: string;
  /** Whether an org admin can connect it from the settings page today. */
  connectable: boolean;
  /** The end of the channel type's note on the settings page ("Connect a Twilio number."). */
  connectNote?: string;
  connectIntro?: string;
  defaultName?: string;
  /** Everything the connect form asks for; the `addressField` becomes the channel's address. */
  configSchema?: z.ZodObject;
  /** What may change after connecting (all optional). */
  updateSchema?: z.ZodObject;
  addressField?: string;
  fields: readonly ConfigFieldInfo[];
  /** The URLs the admin pastes into the provider's console, by the key in `ChannelAccountDto.webhookUrls`. */
  webhooks: Readonly<Record<string, { label: string; description: string }>>;
  /** The connection test: what it asks for and what it sends. */
  test?: {
    schema: z.ZodObject;
    /** "test SMS": the button is "Send test SMS", the dialog "Send a test SMS". */
    noun: string;
    body: string;
    /** The one field the test asks for (`to`). */
    recipient: { label: string; placeholder: string; hint: string; type: 'tel' | 'email' };
  };
}
