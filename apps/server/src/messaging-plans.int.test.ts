import {
  createTestChannelAccount,
  createTestConversation,
  createTestOrganization,
  createTestUser,
  type TestDatabase,
} from '@stayzr/db/testing';
import { MessageDeliveryService, systemContext } from '@stayzr/shared/server';
import { type FakeTwilio, postSignedTwilioWebhook } from '@stayzr/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, useServerHarness } from './testing/harness.js';
import { expectTrpcError, type TrpcSession } from './testing/trpc-session.js';

const AUTH_TOKEN = 'plans-test-token';

/** Plan gates on the messaging path itself (no worker runs here: deliveries are driven by hand). */
describe('plans on the messaging path', () => {
  const harness = useServerHarness({ twilio: true });
  let database: TestDatabase;
  let server: TestServer;
  let base: string;
  let fake: FakeTwilio;
  let sid = 0;

  async function hotel(limit: number | null) {
    const org = await createTestOrganization(database.db, {
      plan: 'starter',
      subscriptionStatus: 'active',
      ...(limit !== null ? { limitOverrides: { maxMessagesPerMonth: limit } } : {}),
    });
    const channel = await createTestChannelAccount(database.db, org.id, {
      config: { accountSid: `AC${'3'.repeat(32)}`, authToken: AUTH_TOKEN },
    });
    const user = await createTestUser(database.db, org.id);
    const session = await harness.signIn(user.email);
    return { org, channel, session };
  }

  function inbound(channelId: string, from: string, body: string) {
    const params = {
      MessageSid: `SM${String(++sid).padStart(32, '5')}`,
      From: from,
      To: '+15005550006',
      Body: body,
    };
    return postSignedTwilioWebhook(`${base}/webhooks/twilio/${channelId}/sms`, params, AUTH_TOKEN);
  }

  const firstConversation = async (session: TrpcSession) =>
    (await session.client.conversations.list.query({ status: 'open', assignee: 'all', limit: 1 })).items[0]!
      .id;

  beforeAll(() => {
    ({ database, server, base, twilio: fake } = harness);
  });

  it('with one message left this month, exactly one of 50 concurrent sends succeeds', async () => {
    const { session, channel } = await hotel(2);
    await inbound(channel.id, '+447400500500', 'Hello'); // the guest's message counts: 1 of 2 used
    const conversationId = await firstConversation(session);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        session.client.messages.send.mutate({ conversationId, body: `Reply ${index}` }),
      ),
    );
    const succeeded = results.filter((result) => result.status === 'fulfilled');
    expect(succeeded).toHaveLength(1);
    const refusal = await expectTrpcError(
      session.client.messages.send.mutate({ conversationId, body: 'one more' }),
    );
    expect(refusal).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'QUOTA_EXCEEDED' });
    expect(refusal.details).toMatchObject({ metric: 'messages', used: 2, limit: 2 });
    const stored = await database.db.withPlatform((tx) =>
      tx.message.count({ where: { conversationId, direction: 'outbound' } }),
    );
    expect(stored).toBe(1);
  });

  it('always stores guests’ messages, even over the limit', async () => {
    const { org, channel } = await hotel(1);
    for (const body of ['one', 'two', 'three'])
      expect((await inbound(channel.id, '+447400600600', body)).status).toBe(200);
    const stored = await database.db.withTenant(org.id, (tx) =>
      tx.message.count({ where: { direction: 'inbound' } }),
    );
    expect(stored).toBe(3);
  });

  it('a reply queued while active and run after cancelation is not sent and fails with the reason', async () => {
    const { org, session, channel } = await hotel(null);
    await inbound(channel.id, '+447400700700', 'Can you call a taxi?');
    const conversationId = await firstConversation(session);
    const reply = await session.client.messages.send.mutate({ conversationId, body: 'Taxi booked.' });
    await database.db.withPlatform((tx) =>
      tx.organization.update({ where: { id: org.id }, data: { subscriptionStatus: 'canceled' } }),
    );
    const outcome = await new MessageDeliveryService(
      server.deps.services,
      systemContext(org.id, 'test'),
    ).deliver(reply.id, false);
    expect(outcome).toBe('failed');
    const row = await database.db.withTenant(org.id, (tx) =>
      tx.message.findUniqueOrThrow({ where: { id: reply.id } }),
    );
    expect(row).toMatchObject({ status: 'failed', errorCode: 'SUBSCRIPTION_INACTIVE' });
    expect(row.errorMessage).toMatch(/canceled/i);
    expect(fake.sends.some((send) => send.body === 'Taxi booked.')).toBe(false);

    const refused = await expectTrpcError(
      session.client.messages.send.mutate({ conversationId, body: 'Hello?' }),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'SUBSCRIPTION_INACTIVE' });
    const thread = await session.client.messages.list.query({ conversationId });
    expect(thread.items.length).toBeGreaterThan(0);
    expect((await inbound(channel.id, '+447400700700', 'Still there?')).status).toBe(200);
  });

  it('channel settings: another hotel’s number connects like any other (no hint), the same hotel’s twice is a conflict; read-only mode blocks changes', async () => {
    const taken = await hotel(null);
    const org = await createTestOrganization(database.db, { plan: 'starter', subscriptionStatus: 'active' });
    const admin = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    const session = await harness.signIn(admin.email);
    const config = {
      accountSid: `AC${'4'.repeat(32)}`,
      authToken: 'another-token',
      phoneNumber: taken.channel.address,
    };
    const input = { provider: 'twilio' as const, name: 'Front desk', config };
    // The same answer but for what names the channel itself (its id, its number).
    const shape = (dto: { id: string; address: string }) =>
      JSON.parse(JSON.stringify(dto).replaceAll(dto.id, '<id>').replaceAll(dto.address, '<number>'));
    const elsewhere = await session.client.channels.connect.mutate(input);
    const fresh = await session.client.channels.connect.mutate({
      ...input,
      config: { ...config, phoneNumber: '+15005550777' },
    });
    expect(shape(elsewhere)).toEqual(shape(fresh));
    expect(elsewhere.address).toBe(taken.channel.address);
    const conflict = await expectTrpcError(session.client.channels.connect.mutate(input));
    expect(conflict).toMatchObject({ code: 'CONFLICT', appCode: 'CONFLICT' });
    expect(conflict.message).toBe(`${taken.channel.address} is already connected to this hotel.`);
    // The first hotel's channel still gets its own inbound traffic (routing is by channel id).
    expect((await inbound(taken.channel.id, '+447400700701', 'Still mine?')).status).toBe(200);
    const firstHotelMessages = await database.db.withTenant(taken.org.id, (tx) =>
      tx.message.count({ where: { body: 'Still mine?' } }),
    );
    expect(firstHotelMessages).toBe(1);
    await database.db.withPlatform((tx) =>
      tx.organization.update({ where: { id: org.id }, data: { subscriptionStatus: 'past_due' } }),
    );
    const paused = await expectTrpcError(
      session.client.channels.connect.mutate({
        ...input,
        config: { ...config, phoneNumber: '+15005550123' },
      }),
    );
    expect(paused.appCode).toBe('SUBSCRIPTION_INACTIVE');
  });

  it('disconnect keeps the history, forgets the credentials and refuses webhooks; connecting the number again brings it back', async () => {
    const { org, channel } = await hotel(null);
    // History made without a webhook, so this server has not remembered the row (its memory lasts ~10 s).
    await createTestConversation(database.db, org.id, { channelAccountId: channel.id });
    const admin = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    const session = await harness.signIn(admin.email);

    const disconnected = await session.client.channels.disconnect.mutate({ channelAccountId: channel.id });
    expect(disconnected).toMatchObject({ status: 'disconnected', settings: {} });
    expect((await inbound(channel.id, '+447400800800', 'After')).status).toBe(403);
    expect(await firstConversation(session)).toBeDefined();
    const refused = await expectTrpcError(
      session.client.channels.update.mutate({
        provider: 'twilio',
        channelAccountId: channel.id,
        status: 'active',
      }),
    );
    expect(refused.code).toBe('CONFLICT');

    const again = await session.client.channels.connect.mutate({
      provider: 'twilio',
      name: 'Front desk again',
      config: { accountSid: `AC${'3'.repeat(32)}`, authToken: AUTH_TOKEN, phoneNumber: channel.address },
    });
    expect(again).toMatchObject({
      id: channel.id,
      status: 'active',
      settings: { accountSid: `AC${'3'.repeat(32)}` },
    });
    expect(JSON.stringify(again)).not.toContain(AUTH_TOKEN);
    expect((await inbound(channel.id, '+447400800800', 'Back')).status).toBe(200);
  });

  it('a channel Stayzr cannot send through is never listed as active, even when stored so', async () => {
    const org = await createTestOrganization(database.db, { plan: 'professional', subscriptionStatus: 'active' });
    const sms = await createTestChannelAccount(database.db, org.id, { status: 'active' });
    const whatsapp = await createTestChannelAccount(database.db, org.id, {
      type: 'whatsapp',
      provider: 'whatsapp_cloud',
      status: 'active',
    });
    const admin = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    const session = await harness.signIn(admin.email);

    const listed = await session.client.channels.list.query();
    expect(listed.find((row) => row.id === sms.id)).toMatchObject({ status: 'active', statusDetail: null });
    expect(listed.find((row) => row.id === whatsapp.id)).toMatchObject({
      status: 'pending',
      statusDetail: 'WhatsApp Cloud API is not in Stayzr yet: replies on this channel cannot be sent.',
    });
  });
});
