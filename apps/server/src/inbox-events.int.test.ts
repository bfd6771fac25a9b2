import {
  createTestChannelAccount,
  createTestOrganization,
  createTestUser,
  type TestDatabase,
} from '@stayzr/db/testing';
import type { OrgEvent } from '@stayzr/shared';
import { postSignedTwilioWebhook } from '@stayzr/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import { subscribe } from './testing/subscribe-events.js';

import { waitFor } from './testing/wait-for.js';

describe('inbox.events (SSE)', () => {
  const harness = useServerHarness();
  let database: TestDatabase;
  let base: string;
  const channels: Record<'a' | 'b', { id: string; token: string }> = {
    a: { id: '', token: 'token-a-events' },
    b: { id: '', token: 'token-b-events' },
  };
  const cookies: Record<'a' | 'b', string> = { a: '', b: '' };
  let orgA = '';
  let sid = 0;

  const inbound = (hotel: 'a' | 'b', from: string, body: string) => {
    const params = {
      MessageSid: `SM${String(++sid).padStart(32, '7')}`,
      From: from,
      To: '+15005550006',
      Body: body,
    };
    return postSignedTwilioWebhook(
      `${base}/webhooks/twilio/${channels[hotel].id}/sms`,
      params,
      channels[hotel].token,
    );
  };

  beforeAll(async () => {
    ({ database, base } = harness);
    for (const hotel of ['a', 'b'] as const) {
      const org = await createTestOrganization(database.db, { name: `Events ${hotel}` });
      const channel = await createTestChannelAccount(database.db, org.id, {
        config: { accountSid: `AC${'2'.repeat(32)}`, authToken: channels[hotel].token },
      });
      channels[hotel].id = channel.id;
      if (hotel === 'a') orgA = org.id;
      const user = await createTestUser(database.db, org.id);
      cookies[hotel] = (await harness.signIn(user.email)).cookie!;
    }
  });

  it('streams the organization’s events live, and only its own', async () => {
    const streamA = subscribe(base, cookies.a);
    const streamB = subscribe(base, cookies.b);
    await Promise.all([streamA.started, streamB.started]);
    try {
      const sentAt = Date.now();
      await inbound('a', '+447400100100', 'Hello from a guest of A');
      const first = await waitFor(
        async () => streamA.received.find((r) => r.event.type === 'message.received'),
        5_000,
        'A’s event',
      );
      // Reported in the issue note: webhook sent → SSE event received.
      console.info(`inbound-to-inbox latency: ${first.at - sentAt} ms`);
      await inbound('b', '+447400200200', 'Hello from a guest of B');
      await waitFor(
        async () => streamB.received.find((r) => r.event.type === 'message.received'),
        5_000,
        'B’s event',
      );
      const conversationOfA = (first.event as Extract<OrgEvent, { type: 'message.received' }>).conversationId;
      expect(streamB.received.some((r) => JSON.stringify(r.event).includes(conversationOfA))).toBe(false);
      expect(streamA.received).toHaveLength(1);
      expect(streamB.received).toHaveLength(1);
    } finally {
      streamA.stop();
      streamB.stop();
    }
  });

  it('resumes after a reconnect without losing or repeating events', async () => {
    const live = subscribe(base, cookies.a);
    await live.started;
    await inbound('a', '+447400300300', 'first');
    const firstEvent = await waitFor(async () => live.received[0], 5_000, 'the first event');
    live.stop();
    // While the client is away, two more messages arrive.
    await inbound('a', '+447400300300', 'second');
    await inbound('a', '+447400300300', 'third');
    const resumed = subscribe(base, cookies.a, firstEvent.id);
    try {
      await waitFor(async () => resumed.received.length >= 2 || null, 5_000, 'the missed events');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(resumed.received.map((r) => r.event.type)).toEqual(['message.received', 'message.received']);
      expect(resumed.received.map((r) => r.id)).not.toContain(firstEvent.id);
      expect(new Set(resumed.received.map((r) => r.id)).size).toBe(2);
    } finally {
      resumed.stop();
    }
  });

  it('keeps delivery updates of a colleague’s conversation away from own-scope staff', async () => {
    const ownScope = await createTestUser(database.db, orgA, { dataScope: 'own' });
    const colleague = await createTestUser(database.db, orgA);
    const ownCookie = (await harness.signIn(ownScope.email)).cookie!;
    await inbound('a', '+447400400400', 'Please call me');
    const sentSid = `SM${'4'.repeat(32)}`;
    const conversationId = await database.db.withTenant(orgA, async (tx) => {
      const conversation = await tx.conversation.findFirstOrThrow({
        where: { guest: { phoneE164: '+447400400400' } },
      });
      await tx.conversation.update({ where: { id: conversation.id }, data: { assigneeId: colleague.id } });
      await tx.message.create({
        data: {
          organizationId: orgA,
          conversationId: conversation.id,
          channelAccountId: channels.a.id,
          direction: 'outbound',
          senderType: 'staff',
          senderUserId: colleague.id,
          body: 'Calling you now',
          status: 'sent',
          externalId: sentSid,
        },
      });
      return conversation.id;
    });
    const everyone = subscribe(base, cookies.a);
    const own = subscribe(base, ownCookie);
    await Promise.all([everyone.started, own.started]);
    try {
      const callback = await postSignedTwilioWebhook(
        `${base}/webhooks/twilio/${channels.a.id}/status`,
        { MessageSid: sentSid, MessageStatus: 'delivered' },
        channels.a.token,
      );
      expect(callback.status).toBe(204);
      const status = await waitFor(
        async () => everyone.received.find((r) => r.event.type === 'message.status'),
        5_000,
        'the status event',
      );
      expect(status.event).toMatchObject({ conversationId, assigneeId: colleague.id, status: 'delivered' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(own.received.filter((r) => r.event.type === 'message.status')).toEqual([]);
    } finally {
      everyone.stop();
      own.stop();
    }
  });

  it('refuses the stream without a session', async () => {
    const response = await fetch(`${base}/trpc/inbox.events`, { headers: { accept: 'text/event-stream' } });
    const text = await response.text();
    expect(text).toContain('UNAUTHORIZED');
  });
});
