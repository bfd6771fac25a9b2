import { createTestChannelAccount, createTestOrganization, type TestDatabase } from '@stayzr/db/testing';
import { postSignedTwilioWebhook } from '@stayzr/testing';
import type { FastifyBaseLogger } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useServerHarness } from './testing/harness.js';

const AUTH_TOKEN = 'sender-hygiene-auth-token';

/** Issue 13 item 10: a sender that is not a guest's phone number never becomes a guest. */
describe('Twilio SMS webhook: sender hygiene', () => {
  const harness = useServerHarness();
  let database: TestDatabase;
  let base: string;
  let orgId: string;
  let channelId: string;
  let sid = 0;
  const warnings: { bindings: Record<string, unknown>; message: string }[] = [];

  const sms = (From: string) =>
    postSignedTwilioWebhook(
      `${base}/webhooks/twilio/${channelId}/sms`,
      {
        MessageSid: `SM${String(++sid).padStart(32, '0')}`,
        From,
        To: '+12025550199',
        Body: 'hello',
        NumMedia: '0',
      },
      AUTH_TOKEN,
    );
  const stored = () =>
    database.db.withTenant(orgId, async (tx) => ({
      guests: await tx.guest.count(),
      messages: await tx.message.count(),
    }));

  beforeAll(async () => {
    ({ database, base } = harness);
    const org = await createTestOrganization(database.db, { name: 'Hotel Hygiene', country: 'US' });
    orgId = org.id;
    channelId = (
      await createTestChannelAccount(database.db, orgId, {
        config: { accountSid: `AC${'2'.repeat(32)}`, authToken: AUTH_TOKEN },
      })
    ).id;
    // Each request's logger is a child of the app's: what the webhook warns about is read from there.
    const root = harness.server.app.log;
    const child = root.child.bind(root);
    vi.spyOn(root, 'child').mockImplementation((bindings, options) => {
      const logger = child(bindings, options) as FastifyBaseLogger;
      const warn = logger.warn.bind(logger);
      logger.warn = ((object: Record<string, unknown>, message: string) => {
        warnings.push({ bindings: object, message });
        return warn(object, message);
      }) as FastifyBaseLogger['warn'];
      return logger;
    });
  });

  it.each([
    ['abc', 'abc', 'From is an alphanumeric sender ID, which cannot be replied to'],
    ['HOTELDEALS', 'HOTELDEALS', 'From is an alphanumeric sender ID, which cannot be replied to'],
    ['+1', '+1', 'From is not a possible phone number (country US)'],
    ['a short code', '72345', 'From is a short code, which cannot be replied to'],
    ['5,000 digits', `+1${'2'.repeat(4_998)}`, 'From is too long for a phone number (5,000 characters)'],
  ])(
    'refuses %s with a 400 Twilio does not retry, a log line, and stores nothing',
    async (_label, from, reason) => {
      const before = await stored();
      warnings.length = 0;
      const response = await sms(from);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: reason });
      expect(await stored()).toEqual(before);
      expect(warnings).toContainEqual({
        bindings: { channelAccountId: channelId, provider: 'twilio', reason },
        message: 'channel webhook rejected',
      });
    },
  );

  it('still stores a guest writing from a national or an international number', async () => {
    const before = await stored();
    expect((await sms('(202) 555-0143')).status).toBe(200);
    expect((await sms('+34 612 345 678')).status).toBe(200);
    expect(await stored()).toEqual({ guests: before.guests + 2, messages: before.messages + 2 });
    const phones = await database.db.withTenant(orgId, (tx) =>
      tx.guest.findMany({ select: { phoneE164: true }, orderBy: { phoneE164: 'asc' } }),
    );
    expect(phones.map((guest) => guest.phoneE164)).toEqual(['+12025550143', '+34612345678']);
  });
});
