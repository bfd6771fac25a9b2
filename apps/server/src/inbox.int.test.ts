import {
  createTestChannelAccount,
  createTestOrganization,
  createTestUser,
  type TestDatabase,
} from '@stayzr/db/testing';
import {
  createLogger,
  createRedis,
  createServiceDeps,
  DeliverySweeper,
  EarlyStatusCleanup,
  type Redis,
} from '@stayzr/shared/server';
import { type FakeTwilio, freePort, postSignedTwilioWebhook } from '@stayzr/testing';
import { WorkerRuntime } from '@stayzr/worker/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, useServerHarness } from './testing/harness.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';
import { waitFor } from './testing/wait-for.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const AUTH_TOKEN = 'inbox-test-auth-token';
const HOTEL_NUMBER = '+15005550006';

describe('SMS inbox: inbound webhook → inbox → reply → delivery → status', () => {
  let database: TestDatabase;
  let server: TestServer;
  let base: string;
  let fake: FakeTwilio;
  let workerRedis: Redis;
  let runtime: WorkerRuntime;
  let orgId: string;
  let channelId: string;
  let staff: TrpcSession;
  const harness = useServerHarness({ twilio: true });
  const prefix = harness.redisPrefix;
  let sidCounter = 0;

  const newSid = () => `SM${String(++sidCounter).padStart(32, '0')}`;

  const postToTwilioWebhook = (
    path: string,
    params: Record<string, string>,
    signWith: string | null = AUTH_TOKEN,
  ) => postSignedTwilioWebhook(`${base}${path}`, params, signWith);

  /** A guest writes; returns the conversation it landed in, as staff find it by searching the number. */
  async function conversationAfterInbound(from: string, body: string): Promise<string> {
    await inboundSms(from, body);
    const page = await staff.client.conversations.list.query({
      status: 'open',
      assignee: 'all',
      search: from,
      limit: 5,
    });
    return page.items[0]!.id;
  }

  const inboundSms = (from: string, body: string, sid = newSid(), extra: Record<string, string> = {}) =>
    postToTwilioWebhook(`/webhooks/twilio/${channelId}/sms`, {
      MessageSid: sid,
      SmsSid: sid,
      AccountSid: ACCOUNT_SID,
      From: from,
      To: HOTEL_NUMBER,
      Body: body,
      NumMedia: '0',
      ...extra,
    });

  const statusCallback = (sid: string, status: string, errorCode?: string) =>
    postToTwilioWebhook(`/webhooks/twilio/${channelId}/status`, {
      MessageSid: sid,
      MessageStatus: status,
      AccountSid: ACCOUNT_SID,
      ...(errorCode ? { ErrorCode: errorCode } : {}),
    });

  /** A staff reply as a killed worker leaves it: `sending`, no provider id, last touched `agoMs` ago. */
  const replyLeftSending = (conversationId: string, body: string, agoMs: number) =>
    database.db.withTenant(orgId, (tx) =>
      tx.message.create({
        data: {
          organizationId: orgId,
          conversationId,
          channelAccountId: channelId,
          direction: 'outbound',
          senderType: 'staff',
          body,
          status: 'sending',
          updatedAt: new Date(Date.now() - agoMs),
        },
      }),
    );

  const messagesOf = (conversationId: string) =>
    database.db.withTenant(orgId, (tx) =>
      tx.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } }),
    );

  beforeAll(async () => {
    ({ database, server, base, twilio: fake } = harness);
    workerRedis = createRedis(REDIS_URL, { forWorker: true });
    const logger = createLogger({ name: 'inbox-test-worker', level: 'silent' });
    const services = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: prefix, PUBLIC_URL: base, TWILIO_API_BASE_URL: fake.baseUrl },
      { db: database.db, redis: workerRedis, logger },
    );
    runtime = new WorkerRuntime({
      db: database.db,
      redis: workerRedis,
      logger,
      prefix,
      concurrency: 4,
      services,
    });
    await runtime.start();

    const org = await createTestOrganization(database.db, {
      name: 'Hotel Inbox',
      country: 'GB',
      smsHelpText: 'Hotel Inbox: call +44 20 7946 0000.',
    });
    orgId = org.id;
    const channel = await createTestChannelAccount(database.db, orgId, {
      address: HOTEL_NUMBER,
      config: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN },
    });
    channelId = channel.id;
    const user = await createTestUser(database.db, orgId, { role: 'STAFF' });
    staff = await harness.signIn(user.email);
  });
  afterAll(async () => {
    await runtime?.close();
    const keys = await workerRedis.keys(`${prefix}:*`);
    if (keys.length) await workerRedis.del(...keys);
    workerRedis?.disconnect();
  });

  it('stores a signed inbound SMS, answers empty TwiML, and lists it in the inbox', async () => {
    const response = await inboundSms('+447400123456', 'Hi, can we check in early?');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/xml');
    expect(await response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    const page = await staff.client.conversations.list.query({ status: 'open', assignee: 'all', limit: 25 });
    const item = page.items.find((c) => c.guest.phoneE164 === '+447400123456');
    expect(item).toMatchObject({
      displayId: 1,
      lastMessagePreview: 'Hi, can we check in early?',
      unreadCount: 1,
    });
    expect(item?.waitingSince).toBeInstanceOf(Date);
  });

  it('refuses forged, unsigned and unknown-channel webhooks, storing nothing', async () => {
    const before = await database.db.withTenant(orgId, (tx) => tx.message.count());
    expect(
      (
        await postToTwilioWebhook(
          `/webhooks/twilio/${channelId}/sms`,
          { MessageSid: newSid(), From: '+447400999999', Body: 'x' },
          'wrong-token',
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postToTwilioWebhook(
          `/webhooks/twilio/${channelId}/sms`,
          { MessageSid: newSid(), From: '+447400999999', Body: 'x' },
          null,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postToTwilioWebhook('/webhooks/twilio/00000000-0000-4000-8000-000000000000/sms', {
          MessageSid: newSid(),
        })
      ).status,
    ).toBe(404);
    expect(
      (await postToTwilioWebhook('/webhooks/twilio/not-a-uuid/sms', { MessageSid: newSid() })).status,
    ).toBe(404);
    expect(
      (await postToTwilioWebhook(`/webhooks/twilio/${channelId}/sms`, { Body: 'no sender' })).status,
    ).toBe(400);
    const huge = await postToTwilioWebhook(`/webhooks/twilio/${channelId}/sms`, {
      MessageSid: newSid(),
      From: '+447400999999',
      Body: 'x'.repeat(100_000),
    });
    expect(huge.status).toBe(413);
    expect(await database.db.withTenant(orgId, (tx) => tx.message.count())).toBe(before);
  });

  it('stores a webhook delivered five times once', async () => {
    const sid = newSid();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => inboundSms('+447400222222', 'Towels please', sid)),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const stored = await database.db.withTenant(orgId, (tx) =>
      tx.message.findMany({ where: { externalId: sid } }),
    );
    expect(stored).toHaveLength(1);
    const conversations = await database.db.withTenant(orgId, (tx) =>
      tx.conversation.count({ where: { guest: { phoneE164: '+447400222222' } } }),
    );
    expect(conversations).toBe(1);
  });

  it('a new guest’s first texts arriving together land once each, in one conversation', async () => {
    const from = '+447400555001';
    const bodies = ['Hello', 'Are you there?', 'We land at 9', 'Room for 3?', 'Thanks!'];
    const responses = await Promise.all(bodies.map((body) => inboundSms(from, body)));
    expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 200));
    const [guests, conversations] = await database.db.withTenant(orgId, (tx) =>
      Promise.all([
        tx.guest.findMany({ where: { phoneE164: from } }),
        tx.conversation.findMany({ where: { guest: { phoneE164: from } } }),
      ]),
    );
    expect(guests).toHaveLength(1);
    expect(conversations).toHaveLength(1);
    const stored = await messagesOf(conversations[0]!.id);
    expect(stored.map((message) => message.body).sort()).toEqual([...bodies].sort());
  });

  it('accepts webhooks signed with a rotated auth token at once, and refuses the old token', async () => {
    const admin = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    const adminSession = await harness.signIn(admin.email);
    // The channel is in use (and remembered by the server) when the hotel rotates its token.
    expect((await inboundSms('+447400555002', 'before the rotation')).status).toBe(200);
    const rotated = 'inbox-test-rotated-token';
    await adminSession.client.channels.update.mutate({
      provider: 'twilio',
      channelAccountId: channelId,
      config: { authToken: rotated },
    });
    const signedWith = (token: string, body: string) =>
      postToTwilioWebhook(
        `/webhooks/twilio/${channelId}/sms`,
        { MessageSid: newSid(), From: '+447400555002', To: HOTEL_NUMBER, Body: body },
        token,
      );
    try {
      expect((await signedWith(rotated, 'after the rotation')).status).toBe(200);
      expect((await signedWith(AUTH_TOKEN, 'old token')).status).toBe(403);
    } finally {
      await adminSession.client.channels.update.mutate({
        provider: 'twilio',
        channelAccountId: channelId,
        config: { authToken: AUTH_TOKEN },
      });
    }
    expect((await inboundSms('+447400555002', 'token restored')).status).toBe(200);
  });

  it('sends a staff reply through Twilio and applies status callbacks monotonically', async () => {
    const conversationId = await conversationAfterInbound('+447400333333', 'Is breakfast included?');
    const sent = await staff.client.messages.send.mutate({ conversationId, body: 'Yes, from 7 to 10:30.' });
    expect(sent.status).toBe('queued');
    const accepted = await waitFor(
      async () => fake.sends.find((s) => s.body === 'Yes, from 7 to 10:30.'),
      10_000,
      'fake Twilio to receive the reply',
    );
    expect(accepted).toMatchObject({ to: '+447400333333', from: HOTEL_NUMBER, accountSid: ACCOUNT_SID });
    expect(accepted.statusCallback).toBe(`${base}/webhooks/twilio/${channelId}/status`);
    expect(accepted.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
    const stored = await waitFor(async () =>
      (await messagesOf(conversationId)).find((m) => m.externalId === accepted.sid),
    );
    expect(stored.status).toBe('sent');

    expect((await statusCallback(accepted.sid!, 'delivered')).status).toBe(204);
    expect((await statusCallback(accepted.sid!, 'sent')).status).toBe(204);
    const afterOutOfOrder = (await messagesOf(conversationId)).find((m) => m.id === stored.id);
    expect(afterOutOfOrder?.status).toBe('delivered');
    await statusCallback(accepted.sid!, 'read');
    expect((await messagesOf(conversationId)).find((m) => m.id === stored.id)?.status).toBe('read');
  });

  it('a status callback that beats the stored provider id is kept, applied when the id is stored, then cleared', async () => {
    const conversationId = await conversationAfterInbound('+447400555888', 'Is the spa open tonight?');
    const sid = newSid();
    // Twilio reports the delivery before the worker has recorded the sid its send returned.
    expect((await statusCallback(sid, 'delivered')).status).toBe(204);
    const kept = await database.db.withTenant(orgId, (tx) =>
      tx.earlyMessageStatus.findMany({ where: { externalId: sid } }),
    );
    expect(kept.map((row) => row.status)).toEqual(['delivered']);

    fake.respondWith({ status: 201, body: { sid, status: 'queued' } });
    await staff.client.messages.send.mutate({ conversationId, body: 'Yes, the spa is open until 21:00.' });
    const delivered = await waitFor(
      async () => {
        const message = (await messagesOf(conversationId)).find((m) => m.externalId === sid);
        return message?.status === 'delivered' ? message : undefined;
      },
      10_000,
      'the early delivery callback to be applied',
    );
    expect(delivered.deliveredAt).not.toBeNull();
    expect(
      await database.db.withTenant(orgId, (tx) =>
        tx.earlyMessageStatus.count({ where: { externalId: sid } }),
      ),
    ).toBe(0);
    // A later callback for the same sid is applied as usual, forward only.
    await statusCallback(sid, 'sent');
    expect((await messagesOf(conversationId)).find((m) => m.id === delivered.id)?.status).toBe('delivered');
  });

  it('drops kept callbacks whose send never stored its id after a day', async () => {
    const recent = newSid();
    const stale = newSid();
    await database.db.withTenant(orgId, (tx) =>
      tx.earlyMessageStatus.createMany({
        data: [
          { organizationId: orgId, channelAccountId: channelId, externalId: recent, status: 'sent' },
          {
            organizationId: orgId,
            channelAccountId: channelId,
            externalId: stale,
            status: 'sent',
            receivedAt: new Date(Date.now() - 25 * 3600 * 1000),
          },
        ],
      }),
    );
    const logger = createLogger({ name: 'early-status-cleanup', level: 'silent' });
    const result = await new EarlyStatusCleanup({ ...server.deps.services, logger }).run();
    expect(result.deleted).toBe(1);
    const left = await database.db.withTenant(orgId, (tx) =>
      tx.earlyMessageStatus.findMany({ where: { externalId: { in: [recent, stale] } } }),
    );
    expect(left.map((row) => row.externalId)).toEqual([recent]);
  });

  it('retries a 500 from Twilio and sends the message exactly once', async () => {
    const conversationId = await conversationAfterInbound('+447400444444', 'Late checkout?');
    fake.respondWith({ status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } });
    const reply = await staff.client.messages.send.mutate({ conversationId, body: 'Until 1 pm is fine.' });
    const delivered = await waitFor(
      async () => {
        const row = (await messagesOf(conversationId)).find((m) => m.id === reply.id);
        return row?.status === 'sent' ? row : null;
      },
      15_000,
      'the retried send',
    );
    const attempts = fake.sends.filter((s) => s.body === 'Until 1 pm is fine.');
    expect(attempts).toHaveLength(2);
    expect(attempts.filter((s) => s.sid)).toHaveLength(1);
    expect(delivered.externalId).toBe(attempts[1]!.sid);
  });

  it('fails a permanent error without retrying; 21610 also opts the guest out', async () => {
    const conversationId = await conversationAfterInbound('+447400555555', 'Thanks!');
    fake.respondWith({
      status: 400,
      body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 },
    });
    const reply = await staff.client.messages.send.mutate({ conversationId, body: 'You are welcome.' });
    const failed = await waitFor(async () => {
      const row = (await messagesOf(conversationId)).find((m) => m.id === reply.id);
      return row?.status === 'failed' ? row : null;
    });
    expect(failed).toMatchObject({
      errorCode: '21610',
      errorMessage: 'The guest replied STOP and has opted out of texts.',
    });
    expect(fake.sends.filter((s) => s.body === 'You are welcome.')).toHaveLength(1);
    const detail = await staff.client.conversations.get.query({ conversationId });
    expect(detail.guestProfile.smsOptedOut).toBe(true);
    const sendsBefore = fake.sends.length;
    const refused = await expectTrpcError(
      staff.client.messages.send.mutate({ conversationId, body: 'One more thing' }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', appCode: 'GUEST_OPTED_OUT' });
    expect(fake.sends.length).toBe(sendsBefore);
  });

  it('a failed or undelivered reply leaves the guest waiting and marks the conversation; an accepted one answers', async () => {
    const phone = '+447400151515';
    const conversationId = await conversationAfterInbound(phone, 'Can I park overnight?');
    const listItem = async () => {
      const page = await staff.client.conversations.list.query({
        status: 'open',
        assignee: 'all',
        search: phone,
        limit: 5,
      });
      return page.items.find((item) => item.id === conversationId) ?? null;
    };
    const waitingSince = (await listItem())?.waitingSince;
    expect(waitingSince).toBeInstanceOf(Date);

    fake.respondWith({ status: 400, body: { code: 21211, message: 'Invalid To number', status: 400 } });
    const failed = await staff.client.messages.send.mutate({ conversationId, body: 'Yes, 15 EUR a night.' });
    await waitFor(async () => {
      const row = (await messagesOf(conversationId)).find((m) => m.id === failed.id);
      return row?.status === 'failed' ? row : null;
    });
    const afterFailure = await listItem();
    expect(afterFailure).toMatchObject({ waitingSince, lastMessagePreview: 'Yes, 15 EUR a night.' });
    expect(afterFailure?.replyFailedAt).toBeInstanceOf(Date);

    // Another way out needs another channel that reaches the guest: this hotel has only this one.
    expect((await staff.client.conversations.get.query({ conversationId })).otherChannels).toEqual([]);
    const sameChannel = await expectTrpcError(
      staff.client.messages.resendVia.mutate({ messageId: failed.id, channelAccountId: channelId }),
    );
    expect(sameChannel).toMatchObject({ code: 'CONFLICT' });

    const answered = await staff.client.messages.send.mutate({ conversationId, body: 'Parking is free.' });
    const accepted = await waitFor(async () =>
      fake.sends.find((s) => s.body === 'Parking is free.' && s.sid),
    );
    await waitFor(async () => ((await listItem())?.waitingSince === null ? true : null));
    expect(await listItem()).toMatchObject({ waitingSince: null, replyFailedAt: null });
    const notFailed = await expectTrpcError(
      staff.client.messages.resendVia.mutate({ messageId: answered.id, channelAccountId: channelId }),
    );
    expect(notFailed).toMatchObject({ code: 'CONFLICT' });

    // Resolved as answered, then the carrier reports the text undelivered: open again, waiting again.
    await staff.client.conversations.setStatus.mutate({ conversationId, status: 'resolved' });
    expect((await statusCallback(accepted.sid!, 'undelivered', '30003')).status).toBe(204);
    const detail = await staff.client.conversations.get.query({ conversationId });
    expect(detail).toMatchObject({ status: 'open', waitingSince });
    expect(detail.replyFailedAt).toBeInstanceOf(Date);
    expect((await messagesOf(conversationId)).find((m) => m.id === answered.id)?.status).toBe('undelivered');
  });

  it('handles STOP, START and HELP keywords', async () => {
    const phone = '+447400666666';
    await inboundSms(phone, 'Hello');
    await inboundSms(phone, 'STOP');
    const conversationId = (
      await staff.client.conversations.list.query({
        status: 'open',
        assignee: 'all',
        search: phone,
        limit: 5,
      })
    ).items[0]!.id;
    expect((await staff.client.conversations.get.query({ conversationId })).guestProfile.smsOptedOut).toBe(
      true,
    );
    await inboundSms(phone, 'start');
    expect((await staff.client.conversations.get.query({ conversationId })).guestProfile.smsOptedOut).toBe(
      false,
    );
    const help = await inboundSms(phone, 'HELP');
    expect(await help.text()).toContain('<Message>Hotel Inbox: call +44 20 7946 0000.</Message>');
    expect((await messagesOf(conversationId)).map((m) => m.body)).toEqual(['Hello', 'STOP', 'start', 'HELP']);
  });

  it('keeps private notes in Stayzr, never sending them', async () => {
    const conversationId = await conversationAfterInbound('+447400777777', 'Any parking?');
    const sendsBefore = fake.sends.length;
    const note = await staff.client.messages.send.mutate({
      conversationId,
      body: 'VIP, offer free parking',
      isPrivateNote: true,
    });
    expect(note).toMatchObject({ isPrivateNote: true, status: 'sent' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.sends.length).toBe(sendsBefore);
    const thread = await staff.client.messages.list.query({ conversationId });
    expect(thread.items.at(-1)).toMatchObject({ body: 'VIP, offer free parking', isPrivateNote: true });
  });

  it('refuses an SMS reply longer than Twilio accepts (1,600 characters) before storing it; a long note is fine', async () => {
    const conversationId = await conversationAfterInbound('+447400777778', 'Can you send the full menu?');
    const before = (await messagesOf(conversationId)).length;
    await expect(
      staff.client.messages.send.mutate({ conversationId, body: 'x'.repeat(1_601) }),
    ).rejects.toMatchObject({
      message:
        'A text message can be at most 1,600 characters; this one has 1,601. Shorten it or send it in parts.',
      data: { code: 'BAD_REQUEST' },
    });
    expect((await messagesOf(conversationId)).length).toBe(before);
    const atLimit = await staff.client.messages.send.mutate({ conversationId, body: 'y'.repeat(1_600) });
    expect(atLimit.status).toBe('queued');
    const note = await staff.client.messages.send.mutate({
      conversationId,
      body: 'z'.repeat(3_000),
      isPrivateNote: true,
    });
    expect(note.status).toBe('sent');
  });

  it('reopens a resolved conversation when the guest writes again', async () => {
    const conversationId = await conversationAfterInbound('+447400888888', 'Checked out, thanks');
    await staff.client.conversations.setStatus.mutate({ conversationId, status: 'resolved' });
    expect((await staff.client.conversations.get.query({ conversationId })).status).toBe('resolved');
    await inboundSms('+447400888888', 'Forgot my charger in room 214');
    const detail = await staff.client.conversations.get.query({ conversationId });
    expect(detail).toMatchObject({ status: 'open', lastMessagePreview: 'Forgot my charger in room 214' });
  });

  it('stores MMS media as attachments', async () => {
    const url = fake.serveMedia('/media/photo-1.jpg', 'image/jpeg', Buffer.from('fake-jpeg-bytes'));
    await inboundSms('+447400121212', 'Look at this', newSid(), {
      NumMedia: '1',
      MediaUrl0: url,
      MediaContentType0: 'image/jpeg',
    });
    const conversationId = (
      await staff.client.conversations.list.query({
        status: 'open',
        assignee: 'all',
        search: '+447400121212',
        limit: 5,
      })
    ).items[0]!.id;
    const thread = await staff.client.messages.list.query({ conversationId });
    expect(thread.items[0]?.attachments).toMatchObject([{ contentType: 'image/jpeg', sizeBytes: 15 }]);
  });

  it('a send while the queue is unreachable stays queued, then the sweeper delivers it', async () => {
    const conversationId = await conversationAfterInbound('+447400131313', 'Taxi at 6?');
    // A second server whose Redis is down: the send must still answer, quickly, with the message kept.
    const port = await freePort();
    const offline = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_PREFIX: prefix,
      PORT: String(port),
      PUBLIC_URL: base,
    });
    try {
      const offlineBase = await offline.listen();
      const session = new TrpcSession(offlineBase);
      session.cookie = staff.cookie;
      const started = Date.now();
      const reply = await session.client.messages.send.mutate({ conversationId, body: 'Booked for 6:00.' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(reply.status).toBe('queued');
      expect(fake.sends.some((s) => s.body === 'Booked for 6:00.')).toBe(false);
      // Redis is back (the live one): the sweeper finds the message once it has waited its grace period.
      const sweeper = new DeliverySweeper(server.deps.services);
      expect((await sweeper.run(new Date(Date.now() + 60_000))).requeued).toBeGreaterThanOrEqual(1);
      await waitFor(
        async () => fake.sends.find((s) => s.body === 'Booked for 6:00.'),
        10_000,
        'the swept message',
      );
      const row = await waitFor(async () =>
        (await messagesOf(conversationId)).find((m) => m.id === reply.id && m.status === 'sent'),
      );
      expect(row.externalId).toMatch(/^SM/);
    } finally {
      await offline.close();
    }
  });

  it('a send interrupted after Twilio accepted it is found at Twilio, never sent twice', async () => {
    const conversationId = await conversationAfterInbound('+447400151515', 'Could we have extra towels?');
    const body = 'Two more towels are on their way.';
    // The worker's call reached Twilio and was accepted; the worker died before storing the sid.
    const accepted = await fetch(`${fake.baseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: '+447400151515', From: HOTEL_NUMBER, Body: body }),
    });
    expect(accepted.status).toBe(201);
    const sid = ((await accepted.json()) as { sid: string }).sid;
    const stuck = await replyLeftSending(conversationId, body, 15 * 60_000);
    await new DeliverySweeper(server.deps.services).run();
    const row = await waitFor(async () =>
      (await messagesOf(conversationId)).find((m) => m.id === stuck.id && m.externalId),
    );
    expect(row).toMatchObject({ externalId: sid, status: 'sent' });
    expect(fake.sends.filter((send) => send.body === body)).toHaveLength(1);
  });

  it('recovers a message left "sending" by a killed worker', async () => {
    const conversationId = await conversationAfterInbound('+447400141414', 'Room service?');
    const stuck = await replyLeftSending(conversationId, 'Menu is in your room.', 3_600_000);
    const sweeper = new DeliverySweeper(server.deps.services);
    await sweeper.run();
    const row = await waitFor(async () =>
      (await messagesOf(conversationId)).find((m) => m.id === stuck.id && m.status === 'sent'),
    );
    expect(row.externalId).toMatch(/^SM/);
    expect(fake.sends.filter((s) => s.body === 'Menu is in your room.')).toHaveLength(1);
  });
});
