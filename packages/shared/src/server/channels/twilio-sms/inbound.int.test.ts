import {
  createTestChannelAccount,
  createTestDatabase,
  createTestGuest,
  createTestOrganization,
  type TestDatabase,
  testRedisPrefix,
  uniquePhoneE164,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../infra/logger.js';
import { createRedis, type Redis } from '../../infra/redis.js';
import { createServiceDeps, type ServiceDeps } from '../../kernel/service-deps.js';
import { systemContext } from '../../kernel/tenant-context.js';
import { MessageService } from '../../messaging/message-service.js';
import type { InboundMessage } from '../types.js';

/** MessageService.receiveInbound, the one inbound path of every channel, against a real database. */
describe('inbound messages', () => {
  let database: TestDatabase;
  let redis: Redis;
  let deps: ServiceDeps;
  let sequence = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    deps = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: testRedisPrefix(), PUBLIC_URL: 'http://127.0.0.1:1' },
      { db: database.db, redis, logger: createLogger({ name: 'test', level: 'silent' }) },
    );
  });
  afterAll(async () => {
    await deps?.queues.close();
    redis?.disconnect();
    await database?.drop();
  });

  async function hotel(overrides: Parameters<typeof createTestOrganization>[1] = {}) {
    const org = await createTestOrganization(database.db, overrides);
    const channel = await createTestChannelAccount(database.db, org.id, { type: 'email' });
    const service = new MessageService(deps, systemContext(org.id, 'test'));
    const receive = (from: InboundMessage['from'], extra: Partial<InboundMessage> = {}) =>
      service.receiveInbound({
        channelAccountId: channel.id,
        externalId: `<m${++sequence}@guest.test>`,
        from,
        body: `message ${sequence}`,
        attachments: [],
        receivedAt: new Date(),
        ...extra,
      });
    return { org, channel, receive };
  }

  const usage = (organizationId: string) =>
    database.db.withPlatform((tx) =>
      tx.usageCounter.findMany({
        where: { organizationId, metric: 'messages' },
        select: { periodStart: true, value: true },
        orderBy: { periodStart: 'asc' },
      }),
    );

  it('finds the guest by email, fills in a missing name, and keeps one conversation per guest and channel', async () => {
    const { org, receive } = await hotel();
    const known = await createTestGuest(database.db, org.id, { name: null, email: 'ana@example.com' });

    const first = await receive({ email: 'ana@example.com', name: 'Ana Ruiz' });
    const second = await receive({ email: 'ana@example.com', name: 'Someone Else' });
    const stranger = await receive({ email: 'new@example.com', name: 'New Guest' });

    expect(first.guestId).toBe(known.id);
    expect(second.conversationId).toBe(first.conversationId);
    expect(stranger.guestId).not.toBe(known.id);
    expect(stranger.conversationId).not.toBe(first.conversationId);
    const guests = await database.db.withPlatform((tx) =>
      tx.guest.findMany({ where: { organizationId: org.id }, select: { email: true, name: true } }),
    );
    expect(guests).toEqual(
      expect.arrayContaining([
        { email: 'ana@example.com', name: 'Ana Ruiz' },
        { email: 'new@example.com', name: 'New Guest' },
      ]),
    );
    const conversations = await database.db.withPlatform((tx) =>
      tx.conversation.findMany({
        where: { organizationId: org.id },
        select: { displayId: true, lastMessagePreview: true },
        orderBy: { displayId: 'asc' },
      }),
    );
    expect(conversations.map((conversation) => conversation.displayId)).toEqual([1, 2]);
  });

  it('counts every stored message once, in the month of the hotel’s time zone, also right after the zone changed', async () => {
    const { org, receive } = await hotel({ timezone: 'UTC' });
    const phone = uniquePhoneE164();
    // 1 December 02:00 UTC is still 30 November in Los Angeles.
    const receivedAt = new Date('2026-12-01T02:00:00.000Z');
    await receive({ phoneE164: phone }, { receivedAt });
    await receive({ phoneE164: phone }, { receivedAt });
    const again = await receive(
      { phoneE164: phone },
      { receivedAt, externalId: `<m${sequence}@guest.test>` },
    );
    expect(again.duplicate).toBe(true);
    expect(await usage(org.id)).toEqual([{ periodStart: new Date('2026-12-01T00:00:00.000Z'), value: 2n }]);

    await database.db.withPlatform((tx) =>
      tx.organization.update({ where: { id: org.id }, data: { timezone: 'America/Los_Angeles' } }),
    );
    await receive({ phoneE164: phone }, { receivedAt });
    expect(await usage(org.id)).toEqual([
      { periodStart: new Date('2026-11-01T00:00:00.000Z'), value: 1n },
      { periodStart: new Date('2026-12-01T00:00:00.000Z'), value: 2n },
    ]);
  });

  it('counts a burst of one hotel’s messages exactly, many guests at once', async () => {
    const { org, receive } = await hotel();
    const phones = Array.from({ length: 8 }, () => uniquePhoneE164());
    await Promise.all(phones.map((phone) => receive({ phoneE164: phone })));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) => receive({ phoneE164: phones[index % phones.length] })),
    );
    expect(results.every((result) => !result.duplicate)).toBe(true);
    expect((await usage(org.id)).map((row) => row.value)).toEqual([48n]);
    const messages = await database.db.withPlatform((tx) =>
      tx.message.count({ where: { organizationId: org.id } }),
    );
    expect(messages).toBe(48);
  });

  it('alerts the hotel once when guests’ messages reach 80 % and 100 % of the monthly limit', async () => {
    const { org, receive } = await hotel({ limitOverrides: { maxMessagesPerMonth: 5 } });
    const phone = uniquePhoneE164();
    for (let index = 0; index < 6; index++) await receive({ phoneE164: phone });
    const alerts = await database.db.withPlatform((tx) =>
      tx.notification.findMany({
        where: { organizationId: org.id, kind: 'usage_alert' },
        select: { data: true },
      }),
    );
    expect(alerts.map((alert) => (alert.data as { threshold: number }).threshold).sort()).toEqual([100, 80]);
    expect((await usage(org.id))[0]?.value).toBe(6n);
  });

  it('refuses a channel of another organization without storing anything', async () => {
    const { org } = await hotel();
    const other = await hotel();
    const service = new MessageService(deps, systemContext(org.id, 'test'));
    await expect(
      service.receiveInbound({
        channelAccountId: other.channel.id,
        externalId: 'cross-tenant-1',
        from: { phoneE164: uniquePhoneE164() },
        body: 'hello',
        attachments: [],
        receivedAt: new Date(),
      }),
    ).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    const guests = await database.db.withPlatform((tx) =>
      tx.guest.count({ where: { organizationId: org.id } }),
    );
    expect(guests).toBe(0);
  });

  it('opens one conversation for a new guest’s concurrent first messages, numbered within the hotel’s sequence', async () => {
    const { org, receive } = await hotel();
    const phone = uniquePhoneE164();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        receive({ phoneE164: phone, name: index === 0 ? 'Ana' : undefined }),
      ),
    );
    expect(new Set(results.map((result) => result.guestId)).size).toBe(1);
    expect(new Set(results.map((result) => result.conversationId)).size).toBe(1);
    const state = await database.db.withPlatform(async (tx) => ({
      guests: await tx.guest.count({ where: { organizationId: org.id } }),
      conversations: await tx.conversation.count({ where: { organizationId: org.id } }),
      messages: await tx.message.count({ where: { organizationId: org.id } }),
      displayId: (await tx.conversation.findFirstOrThrow({ where: { organizationId: org.id } })).displayId,
      seq: (await tx.conversationCounter.findUniqueOrThrow({ where: { organizationId: org.id } })).lastNumber,
    }));
    expect(state).toMatchObject({ guests: 1, conversations: 1, messages: 12 });
    // Each concurrent first message took a number before finding the conversation opened: gaps, no repeats.
    expect(state.displayId).toBeGreaterThanOrEqual(1);
    expect(state.displayId).toBeLessThanOrEqual(state.seq);
    expect(state.seq).toBeLessThanOrEqual(12);
  });

  it('stores attachments with the message, first or later, once per provider id, and text without NUL', async () => {
    const { org, receive } = await hotel();
    const phone = uniquePhoneE164();
    const photo = {
      fileName: 'room.jpg',
      contentType: 'image/jpeg',
      sizeBytes: 4,
      content: Buffer.from([0xff, 0xd8, 0x00, 0xd9]),
    };
    const link = {
      fileName: 'invoice.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      content: null,
      sourceUrl: 'https://media.test/1',
    };
    const first = await receive({ phoneE164: phone }, { attachments: [photo], body: 'see\u0000 photo' });
    const later = await receive({ phoneE164: phone }, { attachments: [photo, link], externalId: 'mms-2' });
    const again = await receive({ phoneE164: phone }, { attachments: [photo, link], externalId: 'mms-2' });
    expect(again).toMatchObject({ duplicate: true, messageId: later.messageId });
    const stored = await database.db.withPlatform((tx) =>
      tx.message.findMany({
        where: { organizationId: org.id },
        select: {
          id: true,
          body: true,
          attachments: {
            select: { fileName: true, content: true, sourceUrl: true },
            orderBy: { fileName: 'desc' },
          },
        },
      }),
    );
    expect(stored.map((message) => message.id).sort()).toEqual([first.messageId, later.messageId].sort());
    const byId = new Map(stored.map((message) => [message.id, message]));
    expect(byId.get(first.messageId)?.body).toBe('see photo');
    expect(byId.get(first.messageId)?.attachments).toEqual([
      { fileName: 'room.jpg', content: new Uint8Array([0xff, 0xd8, 0x00, 0xd9]), sourceUrl: null },
    ]);
    expect(
      byId.get(later.messageId)?.attachments.map((attachment) => [attachment.fileName, attachment.sourceUrl]),
    ).toEqual([
      ['room.jpg', null],
      ['invoice.pdf', 'https://media.test/1'],
    ]);
  });
});
