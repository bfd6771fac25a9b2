import type { Prisma, Tx } from '@stayzr/db';
import {
  createTestChannelAccount,
  createTestConversation,
  createTestDatabase,
  createTestGuest,
  createTestOrganization,
  createTestStay,
  createTestUser,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationListItem, ConversationPage } from '../../dto.js';
import type { ConversationListInput } from '../../schemas/inbox.js';
import { createLogger } from '../infra/logger.js';
import { createRedis, type Redis } from '../infra/redis.js';
import { escapeLike } from '../kernel/like-pattern.js';
import { decodeCursor, encodeCursor } from '../kernel/pagination.js';
import { createServiceDeps, type ServiceDeps } from '../kernel/service-deps.js';
import { systemContext, type TenantContext } from '../kernel/tenant-context.js';
import { ConversationService, UNREAD_COUNT_CAP } from './conversation-service.js';

/**
 * `ConversationService.list` is one hand-written statement. This file keeps the Prisma query it replaced
 * (findMany + include, then the unread counts) as a reference and checks that both give the same pages,
 * cursors and counts for every combination of filters, actors and page sizes.
 */
async function referenceList(
  db: TestDatabase['db'],
  tenant: TenantContext,
  input: ConversationListInput,
): Promise<ConversationPage> {
  const orgId = tenant.organizationId;
  const userId = tenant.actor.type === 'user' ? tenant.actor.userId : null;
  const dataScope =
    tenant.actor.type === 'user' && !tenant.isSuperAdmin ? tenant.actor.dataScope : ('all' as const);
  const waitingSort = input.sort === 'waiting';
  const tagged = waitingSort && input.cursor ? input.cursor.slice(0, 2) : null;
  const cursor = input.cursor ? decodeCursor(waitingSort ? input.cursor.slice(2) : input.cursor) : null;
  const digits = input.search?.replace(/[^\d+]/g, '') ?? '';
  // The service escapes LIKE wildcards (a search for "50%" finds a percent sign); so does the reference.
  const pattern = input.search === undefined ? undefined : escapeLike(input.search);
  const where: Prisma.ConversationWhereInput = {
    AND: [
      { status: input.status, organizationId: orgId },
      dataScope === 'own' ? { OR: [{ assigneeId: userId }, { assigneeId: null }] } : {},
      input.assignee === 'me'
        ? { assigneeId: userId ?? '00000000-0000-0000-0000-000000000000' }
        : input.assignee === 'unassigned'
          ? { assigneeId: null }
          : {},
      input.channel ? { channelAccount: { type: input.channel } } : {},
      input.search
        ? {
            OR: [
              { guest: { name: { contains: pattern, mode: 'insensitive' } } },
              { guest: { email: { contains: pattern, mode: 'insensitive' } } },
              ...(digits.length >= 3 ? [{ guest: { phoneE164: { contains: digits } } }] : []),
              { messages: { some: { body: { contains: pattern, mode: 'insensitive' } } } },
              {
                guest: {
                  stays: { some: { confirmationCode: { contains: pattern, mode: 'insensitive' } } },
                },
              },
            ],
          }
        : {},
      // Not a user: nothing counts as unread. For a user, compared in SQL below (Prisma cannot relate
      // a message's time to the read marker's).
      input.unread && !userId ? { id: { in: [] } } : {},
      input.labelId ? { labels: { some: { labelId: input.labelId } } } : {},
    ],
  };
  const newestAfter = (position: typeof cursor): Prisma.ConversationWhereInput =>
    position
      ? {
          lastMessageAt: { lte: position.at },
          OR: [
            { lastMessageAt: { lt: position.at } },
            { lastMessageAt: position.at, id: { lt: position.id } },
          ],
        }
      : {};
  const include = {
    guest: { select: { id: true, name: true, phoneE164: true, email: true } },
    channelAccount: { select: { id: true, type: true, name: true } },
    assignee: { select: { id: true, name: true } },
    labels: {
      select: { label: { select: { id: true, name: true, color: true } } },
      orderBy: [{ label: { name: 'asc' } }, { labelId: 'asc' }],
    },
  } satisfies Prisma.ConversationInclude;
  return db.withTenant(orgId, async (tx: Tx) => {
    // Unread: an inbound message after the user's read marker (or any, never read).
    let unreadIds: string[] | null = null;
    if (input.unread && userId) {
      const found = await tx.$queryRaw<{ id: string }[]>`
        select c.id::text as id from conversations c
        left join conversation_reads r on r.conversation_id = c.id and r.user_id = ${userId}::uuid
        where exists (select 1 from messages m where m.conversation_id = c.id and m.direction = 'inbound'
          and m.created_at > coalesce(r.last_read_at, '-infinity'::timestamp))`;
      unreadIds = found.map((row) => row.id);
    }
    const base: Prisma.ConversationWhereInput = {
      AND: [where, unreadIds ? { id: { in: unreadIds } } : {}],
    };
    const waitingRows =
      waitingSort && tagged !== 'r.'
        ? (
            await tx.conversation.findMany({
              where: {
                AND: [
                  base,
                  { waitingSince: { not: null } },
                  cursor
                    ? {
                        waitingSince: { gte: cursor.at },
                        OR: [
                          { waitingSince: { gt: cursor.at } },
                          { waitingSince: cursor.at, id: { gt: cursor.id } },
                        ],
                      }
                    : {},
                ],
              },
              include,
              orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }],
              take: input.limit + 1,
            })
          ).map((row) => ({ row, waiting: true }))
        : [];
    const rest =
      waitingRows.length > input.limit
        ? []
        : (
            await tx.conversation.findMany({
              where: {
                AND: [
                  base,
                  waitingSort ? { waitingSince: null } : {},
                  newestAfter(waitingSort && tagged !== 'r.' ? null : cursor),
                ],
              },
              include,
              orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
              take: input.limit + 1 - waitingRows.length,
            })
          ).map((row) => ({ row, waiting: false }));
    const taggedRows = [...waitingRows, ...rest];
    const rows = taggedRows.map((entry) => entry.row);
    const page = rows.slice(0, input.limit);
    const unread = new Map<string, number>();
    if (userId && page.length) {
      const counts = await tx.$queryRaw<{ conversation_id: string; n: number }[]>`
        select c.id::text as conversation_id, unread.n
        from unnest(${page.map((row) => row.id)}::uuid[]) as c(id)
        left join conversation_reads r on r.conversation_id = c.id and r.user_id = ${userId}::uuid
        cross join lateral (select coalesce(r.last_read_at, '-infinity'::timestamp) as since offset 0) seen
        cross join lateral (
          select count(*)::int as n from (
            select 1 from messages m
            where m.conversation_id = c.id and m.direction = 'inbound' and m.created_at > seen.since
            limit ${UNREAD_COUNT_CAP}
          ) capped
        ) unread`;
      for (const row of counts) unread.set(row.conversation_id, row.n);
    }
    const last = page.at(-1);
    return {
      items: page.map(
        (row): ConversationListItem => ({
          id: row.id,
          displayId: row.displayId,
          status: row.status,
          channel: row.channelAccount,
          guest: row.guest,
          assignee: row.assignee,
          lastMessageAt: row.lastMessageAt,
          lastMessagePreview: row.lastMessagePreview,
          waitingSince: row.waitingSince,
          replyFailedAt: row.replyFailedAt,
          snoozedUntil: row.snoozedUntil,
          unreadCount: unread.get(row.id) ?? 0,
          labels: row.labels.map((entry) => entry.label),
        }),
      ),
      nextCursor:
        rows.length > input.limit && last
          ? waitingSort
            ? taggedRows[input.limit - 1]?.waiting && last.waitingSince
              ? `w.${encodeCursor(last.waitingSince, last.id)}`
              : `r.${encodeCursor(last.lastMessageAt, last.id)}`
            : encodeCursor(last.lastMessageAt, last.id)
          : null,
    };
  });
}

describe('ConversationService.list', () => {
  let database: TestDatabase;
  let redis: Redis;
  let deps: ServiceDeps;
  let orgId: string;
  let admin: { id: string };
  let ownStaff: { id: string };
  let otherStaff: { id: string };
  let conversationIds: string[];
  let labelIds: string[];

  const userCtx = (user: { id: string }, role: 'ORG_ADMIN' | 'STAFF', dataScope: 'own' | 'all') =>
    ({
      organizationId: orgId,
      actor: { type: 'user', userId: user.id, role, dataScope },
      isSuperAdmin: false,
      impersonating: false,
      request: { requestId: 'test' },
    }) satisfies TenantContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    deps = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: testRedisPrefix(), PUBLIC_URL: 'http://127.0.0.1:1' },
      { db: database.db, redis, logger: createLogger({ name: 'test', level: 'silent' }) },
    );
    const org = await createTestOrganization(database.db);
    orgId = org.id;
    admin = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN', name: 'Ada Admin' });
    ownStaff = await createTestUser(database.db, orgId, { role: 'STAFF', dataScope: 'own' });
    otherStaff = await createTestUser(database.db, orgId, { role: 'STAFF', status: 'disabled' });
    // Another organization's rows must never show up, whatever the filters.
    const elsewhere = await createTestOrganization(database.db);
    await createTestConversation(database.db, elsewhere.id, {
      guestId: (await createTestGuest(database.db, elsewhere.id, { name: 'Ana Elsewhere' })).id,
    });

    const sms = await createTestChannelAccount(database.db, orgId, { type: 'sms', name: 'Front desk SMS' });
    const email = await createTestChannelAccount(database.db, orgId, { type: 'email', name: 'Reservations' });
    const guests = [
      await createTestGuest(database.db, orgId, {
        name: 'Ana Pérez',
        phoneE164: '+34612345678',
        email: 'ana@example.es',
      }),
      await createTestGuest(database.db, orgId, {
        name: 'Bob 50%_off',
        phoneE164: null,
        email: 'bob@x.test',
      }),
      await createTestGuest(database.db, orgId, { name: null, phoneE164: '+15551234567', email: null }),
      await createTestGuest(database.db, orgId, { name: 'Chloé', phoneE164: null, email: 'ANA.C@mail.fr' }),
    ];
    await createTestStay(database.db, orgId, { guestId: guests[0]!.id, confirmationCode: 'AX72K' });
    const assignees = [admin.id, ownStaff.id, otherStaff.id, null];
    const statuses = ['open', 'open', 'pending', 'open', 'snoozed', 'resolved'] as const;
    const base = Date.UTC(2026, 10, 20, 12, 0, 0, 0);
    conversationIds = [];
    const messages: Prisma.MessageCreateManyInput[] = [];
    const reads: Prisma.ConversationReadCreateManyInput[] = [];
    for (let index = 0; index < 36; index++) {
      const guest = guests[index % guests.length]!;
      const channel = index % 3 === 0 ? email : sms;
      // Three conversations share each timestamp (ties broken by id); one in five has ms precision.
      const at = new Date(base - Math.floor(index / 3) * 60_000 + (index % 5 === 0 ? 123 : 0));
      const conversation = await createTestConversation(database.db, orgId, {
        guestId: guest.id,
        channelAccountId: channel.id,
        propertyId: channel.propertyId,
        status: statuses[index % statuses.length]!,
        assigneeId: assignees[index % assignees.length] ?? null,
        lastMessageAt: at,
        lastMessagePreview: index % 4 === 0 ? null : `preview ${index}`,
        waitingSince: index % 2 === 0 ? new Date(at.getTime() - 5_000) : null,
        snoozedUntil: statuses[index % statuses.length] === 'snoozed' ? new Date(base + 3_600_000) : null,
      });
      conversationIds.push(conversation.id);
      const inbound = index === 7 ? UNREAD_COUNT_CAP + 5 : index % 4;
      for (let n = 0; n < inbound + 2; n++) {
        messages.push({
          organizationId: orgId,
          conversationId: conversation.id,
          channelAccountId: channel.id,
          direction: n < inbound ? 'inbound' : 'outbound',
          senderType: n < inbound ? 'guest' : 'staff',
          body: n === 0 && index % 5 === 1 ? 'Is the late checkout at 14:00 possible?' : `message ${n}`,
          status: n < inbound ? 'received' : 'sent',
          createdAt: new Date(at.getTime() - (inbound + 2 - n) * 1_000),
        });
      }
      if (index % 3 === 1 && index !== 7) {
        // Read exactly when the first message arrived: only later inbound messages count.
        reads.push({
          organizationId: orgId,
          conversationId: conversation.id,
          userId: admin.id,
          lastReadAt: new Date(at.getTime() - (inbound + 2) * 1_000),
        });
      }
    }
    // Three guests waiting since the same instant (ties in the waiting order, broken by id).
    for (let n = 0; n < 3; n++) {
      await createTestConversation(database.db, orgId, {
        guestId: guests[n]!.id,
        channelAccountId: sms.id,
        propertyId: sms.propertyId,
        status: n === 2 ? 'pending' : 'open',
        assigneeId: n === 1 ? admin.id : null,
        lastMessageAt: new Date(base - n * 7_000),
        waitingSince: new Date(base - 3_600_000),
      });
    }
    // Two labels: "VIP" on every fourth conversation, "Late arrival" on every third (some carry both).
    labelIds = [];
    await database.db.withPlatform(async (tx) => {
      for (const [name, color] of [
        ['VIP', 'grape'],
        ['Late arrival', 'orange'],
      ] as const) {
        labelIds.push((await tx.label.create({ data: { organizationId: orgId, name, color } })).id);
      }
      await tx.conversationLabel.createMany({
        data: conversationIds.flatMap((conversationId, index) => [
          ...(index % 4 === 0 ? [{ organizationId: orgId, conversationId, labelId: labelIds[0]! }] : []),
          ...(index % 3 === 0 ? [{ organizationId: orgId, conversationId, labelId: labelIds[1]! }] : []),
        ]),
      });
    });
    await database.db.withPlatform(async (tx) => {
      await tx.message.createMany({ data: messages });
      await tx.conversationRead.createMany({ data: reads });
    });
  });
  afterAll(async () => {
    await deps?.queues.close();
    redis?.disconnect();
    await database?.drop();
  });

  /** Every page of `input` from both implementations, following the cursors. */
  async function walk(
    tenant: TenantContext,
    partial: Omit<ConversationListInput, 'cursor' | 'sort' | 'unread'> &
      Partial<Pick<ConversationListInput, 'sort' | 'unread'>>,
  ) {
    const input = { sort: 'newest' as const, unread: false, ...partial };
    const service = new ConversationService(deps, tenant);
    const pages: { actual: ConversationPage; expected: ConversationPage }[] = [];
    let cursor: string | null = null;
    do {
      const actual = await service.list({ ...input, cursor });
      const expected = await referenceList(database.db, tenant, { ...input, cursor });
      pages.push({ actual, expected });
      cursor = expected.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  it('gives the same pages, cursors and unread counts as the Prisma query it replaced', async () => {
    const actors: TenantContext[] = [
      userCtx(admin, 'ORG_ADMIN', 'all'),
      userCtx(ownStaff, 'STAFF', 'own'),
      { ...userCtx(admin, 'ORG_ADMIN', 'own'), isSuperAdmin: true, impersonating: true },
      systemContext(orgId, 'test'),
    ];
    let compared = 0;
    let nonEmpty = 0;
    for (const tenant of actors) {
      for (const status of ['open', 'pending', 'snoozed'] as const) {
        for (const assignee of ['all', 'me', 'unassigned'] as const) {
          for (const channel of [undefined, 'sms', 'email'] as const) {
            for (const search of [
              undefined,
              'ana',
              'PÉREZ',
              '612 34',
              'LATE CHECKOUT',
              '50%',
              '_',
              'zzz',
              'ax72',
            ]) {
              const limit = search ? 100 : 4;
              const input = {
                status,
                assignee,
                limit,
                ...(channel ? { channel } : {}),
                ...(search ? { search } : {}),
              };
              for (const { actual, expected } of await walk(tenant, input)) {
                expect(actual, JSON.stringify({ actor: tenant.actor, ...input })).toEqual(expected);
                compared++;
                if (actual.items.length) nonEmpty++;
              }
            }
          }
        }
      }
    }
    // The grid must exercise real pages, not only empty ones.
    expect(compared).toBeGreaterThan(500);
    expect(nonEmpty).toBeGreaterThan(200);
    // A grid of thousands of statements: well under the limit alone, slower beside the whole suite.
  }, 120_000);

  it('pages the unread filter and the longest-waiting order like the reference, across ties', async () => {
    const actors: TenantContext[] = [
      userCtx(admin, 'ORG_ADMIN', 'all'),
      userCtx(ownStaff, 'STAFF', 'own'),
      systemContext(orgId, 'test'),
    ];
    let nonEmpty = 0;
    for (const tenant of actors) {
      for (const status of ['open', 'pending', 'snoozed'] as const) {
        for (const assignee of ['all', 'me', 'unassigned'] as const) {
          for (const sort of ['newest', 'waiting'] as const) {
            for (const unread of [false, true]) {
              for (const [limit, labelIndex] of [
                [1, null],
                [2, 0],
                [5, 1],
              ] as const) {
                const input = {
                  status,
                  assignee,
                  sort,
                  unread,
                  limit,
                  ...(labelIndex === null ? {} : { labelId: labelIds[labelIndex]! }),
                };
                for (const { actual, expected } of await walk(tenant, input)) {
                  expect(actual, JSON.stringify({ actor: tenant.actor, ...input })).toEqual(expected);
                  if (actual.items.length) nonEmpty++;
                }
              }
            }
          }
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(100);
    // A grid of thousands of statements: well under the limit alone, slower beside the whole suite.
  }, 120_000);

  it('puts the longest-waiting guests first, each once, then the others newest first', async () => {
    const service = new ConversationService(deps, userCtx(admin, 'ORG_ADMIN', 'all'));
    const seen: ConversationListItem[] = [];
    let cursor: string | null = null;
    do {
      const page: ConversationPage = await service.list({
        status: 'open',
        assignee: 'all',
        sort: 'waiting',
        unread: false,
        limit: 2,
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const all = await service.list({
      status: 'open',
      assignee: 'all',
      sort: 'newest',
      unread: false,
      limit: 100,
    });
    expect(new Set(seen.map((item) => item.id)).size).toBe(all.items.length);
    expect(seen).toHaveLength(all.items.length);
    const waiting = seen.filter((item) => item.waitingSince);
    expect(seen.slice(0, waiting.length)).toEqual(waiting);
    const times = waiting.map((item) => item.waitingSince!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Waiting since the same instant (ties): still all there, in id order.
    expect(new Set(times).size).toBeLessThan(times.length);
  });

  it('filters to the conversations with unread guest messages', async () => {
    const service = new ConversationService(deps, userCtx(admin, 'ORG_ADMIN', 'all'));
    const unread = await service.list({
      status: 'open',
      assignee: 'all',
      sort: 'newest',
      unread: true,
      limit: 100,
    });
    expect(unread.items.length).toBeGreaterThan(0);
    expect(unread.items.every((item) => item.unreadCount > 0)).toBe(true);
    const all = await service.list({
      status: 'open',
      assignee: 'all',
      sort: 'newest',
      unread: false,
      limit: 100,
    });
    expect(unread.items).toEqual(all.items.filter((item) => item.unreadCount > 0));
  });

  it('finds a conversation by its guest stay confirmation code', async () => {
    const service = new ConversationService(deps, userCtx(admin, 'ORG_ADMIN', 'all'));
    const found = await service.list({
      status: 'open',
      assignee: 'all',
      sort: 'newest',
      unread: false,
      limit: 100,
      search: 'ax72k',
    });
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((item) => item.guest.name === 'Ana Pérez')).toBe(true);
  });

  it('counts unread inbound messages after the last read, capped', async () => {
    const service = new ConversationService(deps, userCtx(admin, 'ORG_ADMIN', 'all'));
    const items = (
      await service.list({ status: 'open', assignee: 'all', sort: 'newest', unread: false, limit: 100 })
    ).items;
    const capped = items.find((item) => item.id === conversationIds[7]);
    expect(capped?.unreadCount).toBe(UNREAD_COUNT_CAP);
    // Index 1: one inbound message, read at the moment it arrived.
    expect(items.find((item) => item.id === conversationIds[1])?.unreadCount).toBe(0);
    // Index 3: three inbound messages, never read.
    expect(items.find((item) => item.id === conversationIds[3])).toMatchObject({
      unreadCount: 3,
      channel: { type: 'email', name: 'Reservations' },
      guest: { name: 'Chloé', email: 'ANA.C@mail.fr', phoneE164: null },
      assignee: null,
    });
  });

  it('refuses a cursor that was not made by the server', async () => {
    const service = new ConversationService(deps, userCtx(admin, 'ORG_ADMIN', 'all'));
    const forged = Buffer.from(JSON.stringify({ t: new Date().toISOString(), id: "x' or 1=1 --" })).toString(
      'base64url',
    );
    for (const cursor of [forged, 'not-a-cursor']) {
      await expect(
        service.list({ status: 'open', assignee: 'all', sort: 'newest', unread: false, limit: 5, cursor }),
      ).rejects.toMatchObject({
        appCode: 'BAD_REQUEST',
      });
    }
  });
});
