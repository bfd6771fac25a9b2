import type { Prisma, Tx } from '@stayzr/db';
import { countUnreadConversations, listInboxPage, unreadCountsByConversation } from '@stayzr/db/queries';
import type {
  ConversationCounts,
  ConversationDetail,
  ConversationListItem,
  ConversationPage,
} from '../../dto.js';
import { AppError } from '../../errors.js';
import type { BulkUpdateInput, ConversationListInput, SetStatusInput } from '../../schemas/inbox.js';
import { canReach } from '../channels/reach.js';
import { toGuestDto } from '../guests/guest-identity.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { escapeLike } from '../kernel/like-pattern.js';
import { decodeCursor, encodeCursor, takePage } from '../kernel/pagination.js';
import { currentOrNextStay } from '../stays/stay-service.js';

/** Unread counts stop here; the inbox shows more as "99+". */
export const UNREAD_COUNT_CAP = 100;

const LIST_INCLUDE = {
  guest: { select: { id: true, name: true, phoneE164: true, email: true } },
  channelAccount: { select: { id: true, type: true, name: true } },
  assignee: { select: { id: true, name: true } },
  labels: {
    select: { label: { select: { id: true, name: true, color: true } } },
    orderBy: [{ label: { name: 'asc' } }, { labelId: 'asc' }],
  },
} satisfies Prisma.ConversationInclude;

type ListRow = Prisma.ConversationGetPayload<{ include: typeof LIST_INCLUDE }>;

/** Matches no user: `assignee: 'me'` for an actor that is not a user. */
const NO_USER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The list cursor holds the last row's sort key: (last message, id) for the newest-first order; under the
 * waiting order, `w.` + (waiting since, id) while among the waiting conversations, `r.` + (last message,
 * id) among the rest.
 */
function encodeListCursor(
  row: { phase: number; waiting_since: Date | null; last_message_at: Date; id: string },
  sort: ConversationListInput['sort'],
): string {
  if (sort === 'newest') return encodeCursor(row.last_message_at, row.id);
  return row.phase === 0 && row.waiting_since
    ? `w.${encodeCursor(row.waiting_since, row.id)}`
    : `r.${encodeCursor(row.last_message_at, row.id)}`;
}

function decodeListCursor(cursor: string, sort: ConversationListInput['sort']) {
  if (sort === 'newest') return decodeCursor(cursor);
  const [tag, rest] = [cursor.slice(0, 2), cursor.slice(2)];
  if (tag !== 'w.' && tag !== 'r.') {
    throw new AppError('BAD_REQUEST', 'This page link is no longer valid; reload the list.');
  }
  return { ...decodeCursor(rest), waiting: tag === 'w.' };
}

/** The inbox: conversations by status, assignment, channel and text; keyset-paged, never OFFSET. */
export class ConversationService extends BaseAuthenticatedService {
  /** One page in one statement (listInboxPage). */
  async list(
    input: Omit<ConversationListInput, 'sort' | 'unread'> &
      Partial<Pick<ConversationListInput, 'sort' | 'unread'>>,
  ): Promise<ConversationPage> {
    const sort = input.sort ?? 'newest';
    const cursor = input.cursor ? decodeListCursor(input.cursor, sort) : null;
    const userId = this.actorUserId;
    const rows = await this.db((tx) =>
      listInboxPage(tx, {
        organizationId: this.orgId,
        status: input.status,
        userId,
        ownOnly: this.dataScope === 'own',
        assignee:
          input.assignee === 'me'
            ? { userId: userId ?? NO_USER_ID }
            : input.assignee === 'unassigned'
              ? 'unassigned'
              : null,
        channel: input.channel ?? null,
        labelId: input.labelId ?? null,
        // Escaped here: `%` and `_` in what staff type match themselves, not every row.
        search: input.search ? escapeLike(input.search) : null,
        unreadOnly: input.unread ?? false,
        sort,
        after: cursor,
        limit: input.limit,
        unreadCap: UNREAD_COUNT_CAP,
      }),
    );
    const { page, nextCursor } = takePage(rows, input.limit, (last) => encodeListCursor(last, sort));
    return {
      items: page.map((row) => ({
        id: row.id,
        displayId: row.display_id,
        status: row.status,
        channel: { id: row.channel_id, type: row.channel_type, name: row.channel_name },
        guest: {
          id: row.guest_id,
          name: row.guest_name,
          phoneE164: row.guest_phone_e164,
          email: row.guest_email,
        },
        assignee:
          row.assignee_id !== null && row.assignee_name !== null
            ? { id: row.assignee_id, name: row.assignee_name }
            : null,
        lastMessageAt: row.last_message_at,
        lastMessagePreview: row.last_message_preview,
        waitingSince: row.waiting_since,
        replyFailedAt: row.reply_failed_at,
        snoozedUntil: row.snoozed_until,
        unreadCount: row.unread_count,
        labels: row.labels,
      })),
      nextCursor,
    };
  }

  async get(conversationId: string): Promise<ConversationDetail> {
    return this.db(async (tx) => {
      const row = await tx.conversation.findFirst({
        where: { AND: [this.scope({ id: conversationId }), this.visibility()] },
        include: { ...LIST_INCLUDE, guest: true, property: { select: { name: true, address: true } } },
      });
      if (!row) throw await this.notFound('conversation', conversationId);
      const unread = await this.unreadCounts(tx, [row.id]);
      return {
        ...this.toListItem(row, unread.get(row.id) ?? 0),
        subject: row.subject,
        guestProfile: toGuestDto(row.guest),
        stay: await currentOrNextStay(tx, row.guestId),
        hotel: row.property,
        // Looked up only while the newest reply has failed: the one moment staff need another way.
        otherChannels: row.replyFailedAt ? await this.otherChannels(tx, row) : [],
      };
    });
  }

  async counts(assignee: ConversationListInput['assignee']): Promise<ConversationCounts> {
    return this.db(async (tx) => {
      const groups = await tx.conversation.groupBy({
        by: ['status'],
        where: { AND: [this.scope({}), this.visibility(), this.assigneeFilter(assignee)] },
        _count: { _all: true },
      });
      const byStatus = { open: 0, pending: 0, snoozed: 0, resolved: 0 };
      for (const group of groups) byStatus[group.status] = group._count._all;
      const userId = this.actorUserId;
      const ownOnly = this.dataScope === 'own' && userId;
      const unread = await countUnreadConversations(tx, userId, Boolean(ownOnly));
      return { byStatus, unread };
    });
  }

  async assign(conversationId: string, assigneeId: string | null): Promise<ConversationListItem> {
    if (this.dataScope === 'own' && assigneeId && assigneeId !== this.actorUserId) {
      throw new AppError('FORBIDDEN', 'You can only assign conversations to yourself.');
    }
    let reassigned = false;
    const updated = await this.db(async (tx) => {
      const conversation = await this.findVisible(tx, conversationId);
      reassigned = conversation.assigneeId !== assigneeId;
      if (assigneeId) {
        const assignee = await tx.user.findFirst({
          where: this.scope({ id: assigneeId, status: 'active' as const }),
        });
        if (!assignee) throw await this.notFound('user', assigneeId);
      }
      const row = await tx.conversation.update({
        where: { id: conversation.id },
        data: { assigneeId },
        include: LIST_INCLUDE,
      });
      await this.audit(
        tx,
        'conversation.assigned',
        { type: 'conversation', id: conversation.id },
        { assigneeId },
      );
      return row;
    });
    // The new assignee's browser alerts them, unless they took it themselves.
    await this.publishUpdate(updated, reassigned ? { assignedById: this.actorUserId } : {});
    return this.toListItem(updated, 0);
  }

  async setStatus(input: SetStatusInput): Promise<ConversationListItem> {
    const updated = await this.db(async (tx) => {
      const conversation = await this.findVisible(tx, input.conversationId);
      const row = await tx.conversation.update({
        where: { id: conversation.id },
        data: {
          status: input.status,
          snoozedUntil: input.status === 'snoozed' ? (input.snoozedUntil ?? null) : null,
          ...(input.status === 'resolved' ? { waitingSince: null } : {}),
        },
        include: LIST_INCLUDE,
      });
      await this.audit(
        tx,
        'conversation.status_changed',
        { type: 'conversation', id: conversation.id },
        {
          from: conversation.status,
          to: input.status,
        },
      );
      return row;
    });
    await this.publishUpdate(updated);
    return this.toListItem(updated, 0);
  }

  /**
   * Assign and/or set the status of several conversations at once, all or nothing: an id this user cannot
   * see (another organization's, or outside their own scope) is NOT_FOUND for the whole call, and each
   * such probe is recorded like a single miss.
   */
  async bulkUpdate(input: BulkUpdateInput): Promise<{ updated: number }> {
    const { assigneeId, status } = input;
    if (this.dataScope === 'own' && assigneeId && assigneeId !== this.actorUserId) {
      throw new AppError('FORBIDDEN', 'You can only assign conversations to yourself.');
    }
    const ids = [...new Set(input.conversationIds)];
    const updated = await this.db(async (tx) => {
      const found = await tx.conversation.findMany({
        where: { AND: [this.scope({ id: { in: ids } }), this.visibility()] },
        select: { id: true, status: true, assigneeId: true },
      });
      const seen = new Set(found.map((row) => row.id));
      const missing = ids.filter((id) => !seen.has(id));
      if (missing.length) {
        const errors = [];
        for (const id of missing) errors.push(await this.notFound('conversation', id));
        throw errors[0];
      }
      if (assigneeId) {
        const assignee = await tx.user.findFirst({
          where: this.scope({ id: assigneeId, status: 'active' as const }),
        });
        if (!assignee) throw await this.notFound('user', assigneeId);
      }
      await tx.conversation.updateMany({
        where: this.scope({ id: { in: ids } }),
        data: {
          ...(assigneeId !== undefined ? { assigneeId } : {}),
          ...(status ? { status, snoozedUntil: null } : {}),
          ...(status === 'resolved' ? { waitingSince: null } : {}),
        },
      });
      for (const row of found) {
        const target = { type: 'conversation', id: row.id };
        if (assigneeId !== undefined) {
          await this.audit(tx, 'conversation.assigned', target, { assigneeId, bulk: true });
        }
        if (status) {
          await this.audit(tx, 'conversation.status_changed', target, {
            from: row.status,
            to: status,
            bulk: true,
          });
        }
      }
      return tx.conversation.findMany({ where: this.scope({ id: { in: ids } }), include: LIST_INCLUDE });
    });
    for (const row of updated) await this.publishUpdate(row);
    return { updated: updated.length };
  }

  /** Puts the label on the conversation, or takes it off; either is a no-op when already so. */
  async setLabel(conversationId: string, labelId: string, applied: boolean): Promise<ConversationListItem> {
    const updated = await this.db(async (tx) => {
      const conversation = await this.findVisible(tx, conversationId);
      const label = await tx.label.findFirst({ where: this.scope({ id: labelId }) });
      if (!label) throw await this.notFound('label', labelId);
      if (applied) {
        await tx.conversationLabel.upsert({
          where: { conversationId_labelId: { conversationId: conversation.id, labelId: label.id } },
          create: { organizationId: this.orgId, conversationId: conversation.id, labelId: label.id },
          update: {},
        });
      } else {
        await tx.conversationLabel.deleteMany({
          where: this.scope({ conversationId: conversation.id, labelId: label.id }),
        });
      }
      await this.audit(
        tx,
        applied ? 'conversation.label_added' : 'conversation.label_removed',
        { type: 'conversation', id: conversation.id },
        { labelId: label.id, name: label.name },
      );
      return tx.conversation.findUniqueOrThrow({ where: { id: conversation.id }, include: LIST_INCLUDE });
    });
    await this.publishUpdate(updated);
    return this.toListItem(updated, 0);
  }

  async markRead(conversationId: string): Promise<void> {
    const userId = this.actorUserId;
    if (!userId) return;
    await this.db(async (tx) => {
      const conversation = await this.findVisible(tx, conversationId);
      const now = new Date();
      await tx.conversationRead.upsert({
        where: { conversationId_userId: { conversationId: conversation.id, userId } },
        create: { organizationId: this.orgId, conversationId: conversation.id, userId, lastReadAt: now },
        update: { lastReadAt: now },
      });
    });
  }

  private async otherChannels(
    tx: Tx,
    conversation: { channelAccountId: string; guest: Parameters<typeof canReach>[1] },
  ): Promise<ConversationDetail['otherChannels']> {
    const channels = await tx.channelAccount.findMany({
      where: this.scope({ id: { not: conversation.channelAccountId }, status: 'active' as const }),
      select: { id: true, type: true, name: true, provider: true, status: true },
      orderBy: [{ type: 'asc' }, { name: 'asc' }],
    });
    return channels
      .filter((channel) => canReach(channel, conversation.guest))
      .map(({ id, type, name }) => ({ id, type, name }));
  }

  /** Own-scope staff see conversations assigned to them or to nobody. */
  protected visibility(): Prisma.ConversationWhereInput {
    if (this.dataScope !== 'own') return {};
    return { OR: [{ assigneeId: this.actorUserId }, { assigneeId: null }] };
  }

  private assigneeFilter(assignee: ConversationListInput['assignee']): Prisma.ConversationWhereInput {
    if (assignee === 'me') return { assigneeId: this.actorUserId ?? NO_USER_ID };
    if (assignee === 'unassigned') return { assigneeId: null };
    return {};
  }

  private async findVisible(tx: Tx, conversationId: string) {
    const conversation = await tx.conversation.findFirst({
      where: { AND: [this.scope({ id: conversationId }), this.visibility()] },
    });
    if (!conversation) throw await this.notFound('conversation', conversationId);
    return conversation;
  }

  /**
   * Inbound messages after the user's last read, per conversation, counted up to UNREAD_COUNT_CAP (the
   * inbox shows "99+"): each conversation is an index range scan that stops at the cap, so a page costs
   * the same whether its threads hold ten messages or ten thousand.
   */
  private async unreadCounts(tx: Tx, conversationIds: string[]): Promise<Map<string, number>> {
    const userId = this.actorUserId;
    if (!userId || conversationIds.length === 0) return new Map();
    return unreadCountsByConversation(tx, userId, conversationIds, UNREAD_COUNT_CAP);
  }

  private async publishUpdate(row: ListRow, extra: { assignedById?: string | null } = {}): Promise<void> {
    await this.deps.events.publish(this.orgId, {
      type: 'conversation.updated',
      conversationId: row.id,
      assigneeId: row.assigneeId,
      status: row.status,
      ...extra,
    });
  }

  private toListItem(row: ListRow, unreadCount: number): ConversationListItem {
    return {
      id: row.id,
      displayId: row.displayId,
      status: row.status,
      channel: row.channelAccount,
      guest: {
        id: row.guest.id,
        name: row.guest.name,
        phoneE164: row.guest.phoneE164,
        email: row.guest.email,
      },
      assignee: row.assignee,
      lastMessageAt: row.lastMessageAt,
      lastMessagePreview: row.lastMessagePreview,
      waitingSince: row.waitingSince,
      replyFailedAt: row.replyFailedAt,
      snoozedUntil: row.snoozedUntil,
      unreadCount,
      labels: row.labels.map((entry) => entry.label),
    };
  }
}
