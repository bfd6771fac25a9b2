import { z } from 'zod';
import { ChannelType, ConversationStatus, Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../client.js';
import { checkOptionalRow, checkRows } from './rows.js';

/*
 * The inbox's hand-written reads. They run inside the caller's withTenant transaction: row-level
 * security keeps them to the organization, and the list adds its organization filter for the index.
 */

export type InboxSort = 'newest' | 'waiting';

export interface InboxPageQuery {
  organizationId: string;
  status: ConversationStatus;
  /** The reading user (their unread counts); null for an actor that is not a user (no unread counts). */
  userId: string | null;
  /** Own-scope staff see only conversations assigned to them or to nobody. */
  ownOnly: boolean;
  /** Only conversations assigned to this user id, or only unassigned ones. */
  assignee: { userId: string } | 'unassigned' | null;
  channel: ChannelType | null;
  /** Only conversations carrying this label. */
  labelId?: string | null;
  /** Already escaped for LIKE (`%`, `_` and `\` taken literally). */
  search: string | null;
  /** Only conversations with an inbound message after the reading user last read them (none for a non-user). */
  unreadOnly?: boolean;
  /**
   * `newest`: by last message, newest first. `waiting`: the conversations waiting for an answer, longest
   * waiting first (waiting_since, id ascending), then the others newest first.
   */
  sort?: InboxSort;
  /**
   * Keyset position: rows strictly after it in the list order. `at`/`id` are the last row's
   * (last_message_at, id); under the waiting sort, `waiting` marks a position among the waiting rows, where
   * `at` is the row's waiting_since.
   */
  after: { at: Date; id: string; waiting?: boolean } | null;
  /** Rows wanted; the statement returns up to limit + 1, so the caller can tell whether a next page exists. */
  limit: number;
  /** Unread counts stop here. */
  unreadCap: number;
}

const InboxRow = z.object({
  id: z.string(),
  display_id: z.number(),
  status: z.enum(ConversationStatus),
  last_message_at: z.date(),
  last_message_preview: z.string().nullable(),
  waiting_since: z.date().nullable(),
  reply_failed_at: z.date().nullable(),
  snoozed_until: z.date().nullable(),
  guest_id: z.string(),
  guest_name: z.string().nullable(),
  guest_phone_e164: z.string().nullable(),
  guest_email: z.string().nullable(),
  channel_id: z.string(),
  channel_type: z.enum(ChannelType),
  channel_name: z.string(),
  assignee_id: z.string().nullable(),
  assignee_name: z.string().nullable(),
  unread_count: z.number(),
  labels: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  /** 0: a waiting row of the waiting sort; 1: any other row. */
  phase: z.number(),
});

export type InboxRow = z.output<typeof InboxRow>;

/**
 * One inbox page in one statement: the page's rows with guest, channel, assignee and unread count. The
 * filters mirror what Prisma generated for the same `where` (relation filters as joins, `contains` as
 * ILIKE with the caller's escaped text); the page query keeps Prisma's per-row LATERAL lookups so the plan
 * walks the inbox index in order and stops after `limit + 1` rows. Profiled through HTTP, findMany +
 * include and a second unread statement cost about 1.5 ms of CPU more per page than this.
 */
export async function listInboxPage(tx: Tx, query: InboxPageQuery): Promise<InboxRow[]> {
  return checkRows('inbox page', InboxRow, await tx.$queryRaw(inboxPageSql(query)));
}

/** The statement behind listInboxPage; every value is a bound parameter. */
function inboxPageSql(query: InboxPageQuery): Prisma.Sql {
  const { userId } = query;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`c.status = ${query.status}::"ConversationStatus"`,
    Prisma.sql`c.organization_id = ${query.organizationId}::uuid`,
  ];
  if (query.ownOnly) {
    conditions.push(
      userId
        ? Prisma.sql`(c.assignee_id = ${userId}::uuid or c.assignee_id is null)`
        : Prisma.sql`c.assignee_id is null`,
    );
  }
  if (query.assignee === 'unassigned') {
    conditions.push(Prisma.sql`c.assignee_id is null`);
  } else if (query.assignee) {
    conditions.push(Prisma.sql`c.assignee_id = ${query.assignee.userId}::uuid`);
  }
  const joins: Prisma.Sql[] = [];
  if (query.channel) {
    joins.push(Prisma.sql`join channel_accounts fc on fc.id = c.channel_account_id`);
    conditions.push(Prisma.sql`fc.type = ${query.channel}::"ChannelType"`);
  }
  if (query.search) {
    const search = query.search;
    const digits = search.replace(/[^\d+]/g, '');
    joins.push(Prisma.sql`join guests fg on fg.id = c.guest_id`);
    conditions.push(Prisma.sql`(
        fg.name ilike ('%' || ${search} || '%')
        or fg.email ilike ('%' || ${search} || '%')
        ${digits.length >= 3 ? Prisma.sql`or fg.phone_e164 like ('%' || ${digits} || '%')` : Prisma.empty}
        or exists (
          select 1 from messages fm
          where fm.conversation_id = c.id and fm.body ilike ('%' || ${search} || '%')
        )
        or exists (
          select 1 from stays fs
          where fs.organization_id = c.organization_id and fs.guest_id = c.guest_id
            and fs.confirmation_code ilike ('%' || ${search} || '%')
        )
      )`);
  }
  if (query.labelId) {
    conditions.push(Prisma.sql`exists (
        select 1 from conversation_labels fl where fl.conversation_id = c.id and fl.label_id = ${query.labelId}::uuid
      )`);
  }
  if (query.unreadOnly) {
    conditions.push(
      userId
        ? Prisma.sql`exists (
            select 1 from messages um
            where um.conversation_id = c.id and um.direction = 'inbound'
              and um.created_at > coalesce(
                (select r.last_read_at from conversation_reads r
                  where r.conversation_id = c.id and r.user_id = ${userId}::uuid),
                '-infinity'::timestamp)
          )`
        : Prisma.sql`false`,
    );
  }
  const sort = query.sort ?? 'newest';
  const after = query.after;
  const newestAfter =
    after && !after.waiting ? keysetAfter(Prisma.sql`c.last_message_at`, after, 'desc') : null;
  // Under the waiting sort the statement is two index walks: the waiting rows oldest first, then (once
  // the cursor has left them, or when they run out) the others newest first.
  const branches: Prisma.Sql[] = [];
  if (sort === 'waiting' && !(after && !after.waiting)) {
    branches.push(
      pageBranch(
        0,
        joins,
        [
          ...conditions,
          Prisma.sql`c.waiting_since is not null`,
          ...(after ? [keysetAfter(Prisma.sql`c.waiting_since`, after, 'asc')] : []),
        ],
        Prisma.sql`c.waiting_since asc, c.id asc`,
        query.limit,
      ),
    );
  }
  branches.push(
    pageBranch(
      1,
      joins,
      [
        ...conditions,
        ...(sort === 'waiting' ? [Prisma.sql`c.waiting_since is null`] : []),
        ...(newestAfter ? [newestAfter] : []),
      ],
      Prisma.sql`c.last_message_at desc, c.id desc`,
      query.limit,
    ),
  );
  const orderOf = (t: 'p' | 'u') =>
    Prisma.raw(
      sort === 'waiting'
        ? `${t}.phase, ${t}.waiting_since asc, (case when ${t}.phase = 0 then ${t}.id end) asc, ${t}.last_message_at desc, ${t}.id desc`
        : `${t}.last_message_at desc, ${t}.id desc`,
    );
  // One branch is already the page, in order; two are merged and cut to the page.
  const page =
    branches.length === 1
      ? branches[0]!
      : Prisma.sql`(
        select * from (${Prisma.join(branches, ' union all ')}) u
        order by ${orderOf('u')}
        limit ${query.limit + 1}
      )`;

  const unread = userId
    ? Prisma.sql`
        -- Kept apart (offset 0) so the bound reaches the messages index as a plain value: under row-level
        -- security a COALESCE in the comparison is applied as a filter after the policy, row by row.
        cross join lateral (
          select coalesce(
            (select r.last_read_at from conversation_reads r where r.conversation_id = p.id and r.user_id = ${userId}::uuid),
            '-infinity'::timestamp
          ) as since offset 0
        ) seen
        cross join lateral (
          select count(*)::int as n from (
            select 1 from messages m
            where m.conversation_id = p.id and m.direction = 'inbound' and m.created_at > seen.since
            limit ${query.unreadCap}
          ) capped
        ) unread`
    : Prisma.sql`cross join lateral (select 0 as n) unread`;
  return Prisma.sql`
      select p.*, unread.n as unread_count, lb.labels
      from ${page} p
      ${unread}
      cross join lateral (
        select coalesce(
          json_agg(json_build_object('id', l.id, 'name', l.name, 'color', l.color) order by l.name, l.id),
          '[]'::json
        ) as labels
        from conversation_labels cl join labels l on l.id = cl.label_id
        where cl.conversation_id = p.id
      ) lb
      order by ${orderOf('p')}`;
}

/** One index walk of the page: the rows matching `where`, in `orderBy`, up to `limit + 1`. */
function pageBranch(
  phase: 0 | 1,
  joins: Prisma.Sql[],
  where: Prisma.Sql[],
  orderBy: Prisma.Sql,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`(
      select c.id, c.display_id, c.status::text as status, c.last_message_at, c.last_message_preview,
        c.waiting_since, c.reply_failed_at, c.snoozed_until,
        g.id as guest_id, g.name as guest_name, g.phone_e164 as guest_phone_e164, g.email as guest_email,
        ca.id as channel_id, ca.type::text as channel_type, ca.name as channel_name,
        a.id as assignee_id, a.name as assignee_name, ${phase}::int as phase
      from conversations c
      ${joins.length ? Prisma.join(joins, ' ') : Prisma.empty}
      left join lateral (
        select g.id, g.name, g.phone_e164, g.email from guests g where g.id = c.guest_id limit 1
      ) g on true
      left join lateral (
        select ca.id, ca.type, ca.name from channel_accounts ca where ca.id = c.channel_account_id limit 1
      ) ca on true
      left join lateral (select a.id, a.name from users a where a.id = c.assignee_id limit 1) a on true
      where ${Prisma.join(where, ' and ')}
      order by ${orderBy}
      limit ${limit + 1}
    )`;
}

/**
 * Rows strictly after `after` on (column, id) in `direction`. The first bound lets the index scan start at
 * the cursor; the OR is the exact keyset. Columns are timestamp without time zone, holding UTC.
 */
function keysetAfter(column: Prisma.Sql, after: { at: Date; id: string }, direction: 'asc' | 'desc') {
  const at = Prisma.sql`(${after.at.toISOString()}::timestamptz at time zone 'UTC')`;
  const beyond = Prisma.raw(direction === 'desc' ? '<' : '>');
  const through = Prisma.raw(direction === 'desc' ? '<=' : '>=');
  return Prisma.sql`${column} ${through} ${at}
        and (${column} ${beyond} ${at} or (${column} = ${at} and c.id ${beyond} ${after.id}::uuid))`;
}

const CountRow = z.object({ n: z.number() });

/**
 * Open and pending conversations with an inbound message after `userId` last read them (all of them
 * when they never did); `ownOnly` keeps own-scope staff to theirs and the unassigned ones.
 */
export async function countUnreadConversations(
  tx: Tx,
  userId: string | null,
  ownOnly: boolean,
): Promise<number> {
  const rows = await tx.$queryRaw`
        select count(*)::int as n
        from conversations c
        left join conversation_reads r on r.conversation_id = c.id and r.user_id = ${userId}::uuid
        where c.status in ('open', 'pending')
          and c.last_inbound_at is not null
          and c.last_inbound_at > coalesce(r.last_read_at, 'epoch'::timestamp)
          ${ownOnly ? Prisma.sql`and (c.assignee_id = ${userId}::uuid or c.assignee_id is null)` : Prisma.empty}`;
  return checkOptionalRow('unread conversations', CountRow, rows as unknown[])?.n ?? 0;
}

const UnreadRow = z.object({ conversation_id: z.string(), n: z.number() });

/**
 * Inbound messages after the user's last read, per conversation, counted up to `cap` (the inbox shows
 * "99+"): each conversation is an index range scan that stops at the cap, so a page costs the same
 * whether its threads hold ten messages or ten thousand. Conversations with none are left out.
 */
export async function unreadCountsByConversation(
  tx: Tx,
  userId: string,
  conversationIds: readonly string[],
  cap: number,
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw`
      select c.id::text as conversation_id, unread.n
      from unnest(${conversationIds}::uuid[]) as c(id)
      left join conversation_reads r on r.conversation_id = c.id and r.user_id = ${userId}::uuid
      -- Kept apart (offset 0) so the bound reaches the messages index as a plain value: under row-level
      -- security a COALESCE in the comparison is applied as a filter after the policy, row by row.
      cross join lateral (select coalesce(r.last_read_at, '-infinity'::timestamp) as since offset 0) seen
      cross join lateral (
        select count(*)::int as n from (
          select 1 from messages m
          where m.conversation_id = c.id
            and m.direction = 'inbound'
            and m.created_at > seen.since
          limit ${cap}
        ) capped
      ) unread
      where unread.n > 0`;
  return new Map(
    checkRows('unread counts', UnreadRow, rows as unknown[]).map((row) => [row.conversation_id, row.n]),
  );
}
