import {
  createTestConversation,
  createTestDatabase,
  createTestGuest,
  createTestMessage,
  createTestOrganization,
  createTestStay,
  createTestUser,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuestService } from '../guests/guest-service.js';
import { createLogger } from '../infra/logger.js';
import { createRedis, type Redis } from '../infra/redis.js';
import { createServiceDeps, type ServiceDeps } from '../kernel/service-deps.js';
import type { TenantContext } from '../kernel/tenant-context.js';
import { StayService, todayIn } from '../stays/stay-service.js';
import { ConversationService } from './conversation-service.js';
import { SnoozeWaker } from './snooze-waker.js';

describe('inbox services', () => {
  let database: TestDatabase;
  let redis: Redis;
  let deps: ServiceDeps;
  let orgId: string;
  let admin: { id: string };
  let ownStaff: { id: string };

  const as = (
    user: { id: string },
    role: 'ORG_ADMIN' | 'STAFF',
    dataScope: 'own' | 'all' = 'all',
  ): TenantContext => ({
    organizationId: orgId,
    actor: { type: 'user', userId: user.id, role, dataScope },
    isSuperAdmin: false,
    impersonating: false,
    request: { requestId: 'test' },
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    deps = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: testRedisPrefix(), PUBLIC_URL: 'http://127.0.0.1:1' },
      { db: database.db, redis, logger: createLogger({ name: 'test', level: 'silent' }) },
    );
    const org = await createTestOrganization(database.db, { country: 'ES', timezone: 'Europe/Madrid' });
    orgId = org.id;
    admin = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    ownStaff = await createTestUser(database.db, orgId, { role: 'STAFF', dataScope: 'own' });
  });
  afterAll(async () => {
    await deps?.queues.close();
    redis?.disconnect();
    await database?.drop();
  });

  it('pages the inbox by keyset without gaps or repeats, newest first', async () => {
    const base = Date.now() - 10_000_000;
    const created: string[] = [];
    for (let index = 0; index < 23; index++) {
      // Two conversations share each timestamp, so the id breaks the tie.
      const at = new Date(base + Math.floor(index / 2) * 1000);
      created.push(
        (await createTestConversation(database.db, orgId, { lastMessageAt: at, status: 'pending' })).id,
      );
    }
    const service = new ConversationService(deps, as(admin, 'ORG_ADMIN'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await service.list({ status: 'pending', assignee: 'all', limit: 5, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen.sort()).toEqual([...created].sort());
    const firstPage = await service.list({ status: 'pending', assignee: 'all', limit: 23 });
    const times = firstPage.items.map((item) => item.lastMessageAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('filters by assignment and channel, searches guest fields and message text, counts unread', async () => {
    const guest = await createTestGuest(database.db, orgId, {
      name: 'Lucía Fernández',
      phoneE164: '+34612345678',
      email: 'lucia@example.es',
    });
    const conversation = await createTestConversation(database.db, orgId, {
      guestId: guest.id,
      assigneeId: admin.id,
      status: 'open',
    });
    await createTestMessage(database.db, conversation, {
      body: 'Necesito una cuna para el bebé',
      direction: 'inbound',
      senderType: 'guest',
      status: 'received',
    });
    await database.db.withPlatform((tx) =>
      tx.conversation.update({ where: { id: conversation.id }, data: { lastInboundAt: new Date() } }),
    );
    const service = new ConversationService(deps, as(admin, 'ORG_ADMIN'));
    const find = async (search: string) =>
      (await service.list({ status: 'open', assignee: 'all', limit: 10, search })).items.map((i) => i.id);
    expect(await find('lucía')).toEqual([conversation.id]);
    expect(await find('612 345')).toEqual([conversation.id]);
    expect(await find('LUCIA@EXAMPLE')).toEqual([conversation.id]);
    expect(await find('cuna para')).toEqual([conversation.id]);
    expect(await find('no such words anywhere')).toEqual([]);
    const mine = await service.list({ status: 'open', assignee: 'me', limit: 50 });
    expect(mine.items.map((i) => i.id)).toContain(conversation.id);
    expect(
      (await service.list({ status: 'open', assignee: 'unassigned', limit: 50 })).items.map((i) => i.id),
    ).not.toContain(conversation.id);
    expect(
      (await service.list({ status: 'open', assignee: 'all', channel: 'email', limit: 50 })).items.map(
        (i) => i.id,
      ),
    ).not.toContain(conversation.id);
    const item = mine.items.find((i) => i.id === conversation.id)!;
    expect(item.unreadCount).toBe(1);
    const unreadBefore = (await service.counts('all')).unread;
    await service.markRead(conversation.id);
    expect((await service.get(conversation.id)).unreadCount).toBe(0);
    expect((await service.counts('all')).unread).toBe(unreadBefore - 1);
  });

  it('shows own-scope staff only their conversations and unassigned ones', async () => {
    const theirs = await createTestConversation(database.db, orgId, {
      assigneeId: ownStaff.id,
      status: 'open',
    });
    const nobodys = await createTestConversation(database.db, orgId, { assigneeId: null, status: 'open' });
    const someoneElses = await createTestConversation(database.db, orgId, {
      assigneeId: admin.id,
      status: 'open',
    });
    const service = new ConversationService(deps, as(ownStaff, 'STAFF', 'own'));
    const visible = (await service.list({ status: 'open', assignee: 'all', limit: 100 })).items.map(
      (i) => i.id,
    );
    expect(visible).toEqual(expect.arrayContaining([theirs.id, nobodys.id]));
    expect(visible).not.toContain(someoneElses.id);
    await expect(service.get(someoneElses.id)).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    await expect(service.assign(nobodys.id, admin.id)).rejects.toMatchObject({ appCode: 'FORBIDDEN' });
    await service.assign(nobodys.id, ownStaff.id);
  });

  it('snoozes and wakes a conversation when its time comes', async () => {
    const conversation = await createTestConversation(database.db, orgId, { status: 'open' });
    const service = new ConversationService(deps, as(admin, 'ORG_ADMIN'));
    const until = new Date(Date.now() + 60_000);
    await service.setStatus({ conversationId: conversation.id, status: 'snoozed', snoozedUntil: until });
    expect((await service.get(conversation.id)).snoozedUntil?.getTime()).toBe(until.getTime());
    expect((await new SnoozeWaker(deps).run(new Date(Date.now() + 30_000))).woken).toBe(0);
    expect((await new SnoozeWaker(deps).run(new Date(Date.now() + 120_000))).woken).toBe(1);
    expect((await service.get(conversation.id)).status).toBe('open');
  });

  it('normalizes national phone numbers in the hotel’s country and refuses duplicates', async () => {
    const guest = await createTestGuest(database.db, orgId, { phoneE164: null, email: null });
    const service = new GuestService(deps, as(admin, 'ORG_ADMIN'));
    const updated = await service.update({ guestId: guest.id, phone: '612 34 56 79', name: 'Pablo' });
    expect(updated.phoneE164).toBe('+34612345679');
    const other = await createTestGuest(database.db, orgId, { phoneE164: null, email: null });
    await expect(service.update({ guestId: other.id, phone: '+34 612 34 56 79' })).rejects.toMatchObject({
      appCode: 'CONFLICT',
    });
    await expect(service.update({ guestId: other.id, phone: 'call me maybe' })).rejects.toMatchObject({
      appCode: 'BAD_REQUEST',
    });
  });

  it('merges two guests: conversations, stays and identifiers move to the survivor', async () => {
    const survivor = await createTestGuest(database.db, orgId, {
      name: 'Marco Rossi',
      phoneE164: '+393471234567',
      email: null,
    });
    const duplicate = await createTestGuest(database.db, orgId, {
      name: null,
      phoneE164: null,
      email: 'marco.rossi@example.it',
    });
    const conversation = await createTestConversation(database.db, orgId, { guestId: duplicate.id });
    const stay = await createTestStay(database.db, orgId, { guestId: duplicate.id });
    const merged = await new GuestService(deps, as(admin, 'ORG_ADMIN')).merge(survivor.id, duplicate.id);
    expect(merged).toMatchObject({
      name: 'Marco Rossi',
      phoneE164: '+393471234567',
      email: 'marco.rossi@example.it',
    });
    const moved = await database.db.withTenant(orgId, async (tx) => ({
      conversation: await tx.conversation.findUniqueOrThrow({ where: { id: conversation.id } }),
      stay: await tx.stay.findUniqueOrThrow({ where: { id: stay.id } }),
      gone: await tx.guest.findUnique({ where: { id: duplicate.id } }),
    }));
    expect(moved.conversation.guestId).toBe(survivor.id);
    expect(moved.stay.guestId).toBe(survivor.id);
    expect(moved.gone).toBeNull();
  });

  it('picks the stay in house today, else the next, else the latest', async () => {
    const guest = await createTestGuest(database.db, orgId);
    const day = (offset: number) => {
      const date = new Date(`${todayIn('Europe/Madrid')}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    };
    const stays = new StayService(deps, as(admin, 'ORG_ADMIN'));
    await stays.create({
      guestId: guest.id,
      checkIn: day(-30),
      checkOut: day(-27),
      status: 'checked_out',
      room: '101',
    });
    expect((await stays.currentOrNext(guest.id))?.room).toBe('101');
    await stays.create({
      guestId: guest.id,
      checkIn: day(10),
      checkOut: day(12),
      status: 'booked',
      room: '202',
    });
    expect((await stays.currentOrNext(guest.id))?.room).toBe('202');
    await stays.create({
      guestId: guest.id,
      checkIn: day(-1),
      checkOut: day(2),
      status: 'checked_in',
      room: '303',
      confirmationCode: 'AX72K',
    });
    expect(await stays.currentOrNext(guest.id)).toMatchObject({
      room: '303',
      confirmationCode: 'AX72K',
      checkIn: day(-1),
    });
    await expect(
      stays.create({
        guestId: guest.id,
        checkIn: day(20),
        checkOut: day(21),
        status: 'booked',
        confirmationCode: 'AX72K',
      }),
    ).rejects.toMatchObject({ appCode: 'CONFLICT' });
  });
});
