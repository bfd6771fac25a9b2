import { describe, expect, it } from 'vitest';
import { CHANNEL_PROVIDERS } from '../../channels/catalog.js';
import { channelProviders, providerDefinition, webhookUrlsOf, ZConnectChannelInput } from './registry.js';

describe('channel registry', () => {
  it('has a definition for exactly the providers the catalog offers to connect', () => {
    const connectable = Object.values(CHANNEL_PROVIDERS)
      .filter((info) => info.connectable)
      .map((info) => info.provider)
      .sort();
    expect(
      channelProviders()
        .map((provider) => provider.info.provider)
        .sort(),
    ).toEqual(connectable);
    expect(providerDefinition('baileys')).toBeNull();
  });

  it('names a catalog label for every webhook, and a status webhook it has', () => {
    for (const provider of channelProviders()) {
      for (const route of provider.webhooks) expect(provider.info.webhooks[route.key]).toBeDefined();
      if (provider.statusWebhook) {
        expect(provider.webhooks.map((route) => route.key)).toContain(provider.statusWebhook);
      }
    }
  });

  it('builds the webhook URLs the contract names', () => {
    expect(webhookUrlsOf('https://stayzr.test', { id: 'c1', provider: 'twilio' })).toEqual({
      incomingMessages: 'https://stayzr.test/webhooks/twilio/c1/sms',
      statusCallback: 'https://stayzr.test/webhooks/twilio/c1/status',
    });
    expect(webhookUrlsOf('https://stayzr.test', { id: 'c1', provider: 'smtp' })).toEqual({});
  });

  it('checks connect input with the provider’s own schema', () => {
    const config = {
      accountSid: `AC${'a'.repeat(32)}`,
      authToken: 'a-token-123',
      phoneNumber: '+15005550006',
    };
    expect(ZConnectChannelInput.safeParse({ provider: 'twilio', name: 'SMS', config }).success).toBe(true);
    expect(
      ZConnectChannelInput.safeParse({
        provider: 'twilio',
        name: 'SMS',
        config: { ...config, accountSid: 'x' },
      }).success,
    ).toBe(false);
    expect(ZConnectChannelInput.safeParse({ provider: 'smtp', name: 'Mail', config: {} }).success).toBe(
      false,
    );
  });
});
