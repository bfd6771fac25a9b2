import { Prisma, type Tx, uuidv7 } from '@stayzr/db';
import {
  type AppendedInbound,
  appendFirstInbound,
  appendKnownGuestInbound,
  lockProviderMessageId,
  messagePreview,
  nextConversationNumber,
  refreshReplyState,
} from '@stayzr/db/queries';
import { PLANS } from '../../billing/plans.js';
import { CHANNEL_FEATURE } from '../../channels/channel-types.js';
import { bodyTooLong } from '../../channels/message-length.js';
import type { MessageDto, MessagePage } from '../../dto.js';
import { AppError } from '../../errors.js';
import { type ChannelTypeValue, FINAL_MESSAGE_STATUSES, type MessageStatusValue } from '../../events.js';
import { AI_ENQUEUE_TIMEOUT_MS } from '../../jobs/ai.js';
import { DELIVERY_ENQUEUE_TIMEOUT_MS } from '../../jobs/delivery.js';
import type { MessageListInput, ResendViaInput, SendMessageInput } from '../../schemas/inbox.js';
import {
  assertCanSend,
  assertFeature,
  assertWritable,
  loadSubscriptionState,
  type SubscriptionState,
  toSubscriptionState,
} from '../billing/enforcement.js';
import { canReach } from '../channels/reach.js';
import type { InboundMessage } from '../channels/types.js';
import { announceAnswerChange, changesAnswer } from '../conversations/reply-state.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { decodeCursor, encodeCursor, NEWEST_FIRST, olderThan, takePage } from '../kernel/pagination.js';
import { MESSAGE_INCLUDE, type MessageRow, toMessageDto } from './message-dto.js';
import { statusesBefore } from './message-status.js';

export interface ReceivedInbound {
  messageId: string;
  conversationId: string;
  guestId: string;
  /** The same provider id was stored before: nothing new was written. */
  duplicate: boolean;
}

type StoredInbound = ReceivedInbound & {
  assigneeId: string | null;
  newConversation: boolean;
  subscription: SubscriptionState | null;
  aiMode?: 'off' | 'suggest' | 'auto';
};

/** A unique key refused the write: from Prisma, or from PostgreSQL directly (pipelined statements). */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2002';
  return (error as { code?: unknown } | null)?.code === '23505';
}

function isFailedReply(message: { direction: string; isPrivateNote: boolean; status: string }): boolean {
  return (
    message.direction === 'outbound' &&
    !message.isPrivateNote &&
    (message.status === 'failed' || message.status === 'undelivered')
  );
}

export class MessageService extends BaseAuthenticatedService {
  /**
   * The single inbound path for every channel: guest and conversation resolved, the message stored
   * once per provider id, the conversation reopened; after commit the message is counted in the
   * monthly usage (InboundUsageCounter) and `message.received` is published. Guests' messages are
   * always stored: no plan limit applies here.
   */
  async receiveInbound(inbound: InboundMessage): Promise<ReceivedInbound> {
    const stored = await this.storeInboundOnce(inbound);
    if (stored.duplicate) return stored;
    await Promise.all([
      stored.subscription && this.deps.inboundUsage.count(stored.subscription, inbound.receivedAt),
      this.deps.events.publish(this.orgId, {
        type: 'message.received',
        conversationId: stored.conversationId,
        messageId: stored.messageId,
        assigneeId: stored.assigneeId,
        newConversation: stored.newConversation,
      }),
      this.enqueueAiReply(stored),
    ]);
    return {
      messageId: stored.messageId,
      conversationId: stored.conversationId,
      guestId: stored.guestId,
      duplicate: false,
    };
  }

  /**
   * Duplicates are found by the unique key on (channel account, provider id) rather than a lookup
   * first. Another unique violation means a concurrent first message of the same guest created them
   * meanwhile: the second attempt finds that guest instead of failing the webhook.
   */
  private async storeInboundOnce(inbound: InboundMessage, attempt = 1): Promise<StoredInbound> {
    try {
      return await this.storeInbound(inbound);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.db((tx) =>
        this.findByExternalId(tx, inbound.channelAccountId, inbound.externalId),
      );
      if (existing) {
        return {
          messageId: existing.id,
          conversationId: existing.conversationId,
          guestId: '',
          duplicate: true,
          assigneeId: null,
          newConversation: false,
          subscription: null,
        };
      }
      if (attempt >= 2) throw error;
      return this.storeInboundOnce(inbound, attempt + 1);
    }
  }

  /**
   * A known guest's message is one pipelined transaction of one statement (appendKnownGuestInbound),
   * attachments included. A guest's first message on a channel then takes the hotel's next
   * conversation number (a statement of its own) and runs a pipeline that finds or creates and locks
   * the guest, opens the conversation and appends the same way (appendFirstInbound). Each is one
   * round trip: no lock is held while PostgreSQL waits for this process.
   */
  private async storeInbound(inbound: InboundMessage): Promise<StoredInbound> {
    const messageId = uuidv7(inbound.receivedAt.getTime());
    const known = await appendKnownGuestInbound(this.deps.db, this.orgId, inbound, messageId);
    if (known.conversationId) return this.storedInbound(inbound, known, false);

    const displayId = await nextConversationNumber(this.deps.db, this.orgId);
    const { channelFound, opened, appended } = await appendFirstInbound(
      this.deps.db,
      this.orgId,
      inbound,
      messageId,
      known.guestId,
      displayId,
    );
    if (!channelFound) throw await this.notFound('channel_account', inbound.channelAccountId);
    if (!appended.conversationId) throw new Error("the guest's conversation is not visible after opening it");
    return this.storedInbound(inbound, appended, opened);
  }

  private async storedInbound(
    inbound: InboundMessage,
    appended: AppendedInbound,
    newConversation: boolean,
  ): Promise<StoredInbound> {
    const subscription = toSubscriptionState({ id: this.orgId, ...appended.organization });
    const guestId = appended.guestId ?? '';
    const conversationId = appended.conversationId ?? '';
    if (!appended.messageId) {
      const existing = await this.db((tx) =>
        this.findByExternalId(tx, inbound.channelAccountId, inbound.externalId),
      );
      return {
        messageId: existing?.id ?? '',
        conversationId: existing?.conversationId ?? conversationId,
        guestId,
        duplicate: true,
        assigneeId: null,
        newConversation: false,
        subscription,
      };
    }
    return {
      messageId: appended.messageId,
      conversationId,
      guestId,
      duplicate: false,
      assigneeId: appended.assigneeId,
      newConversation,
      subscription,
      aiMode: appended.organization.aiMode,
    };
  }

  /**
   * After commit, ids only: the `ai` job answers, suggests or hands over, and checks the plan again
   * when it runs. Not queued when the plan has no AI replies or the organization turned them off;
   * Redis being down costs the guest an AI answer, never their message.
   */
  private async enqueueAiReply(stored: StoredInbound): Promise<void> {
    if (!stored.subscription || !stored.aiMode || stored.aiMode === 'off') return;
    if (!PLANS[stored.subscription.plan].features.aiAutomation) return;
    try {
      await this.deps.queues.enqueue(
        'ai.reply',
        { organizationId: this.orgId, messageId: stored.messageId },
        { timeoutMs: AI_ENQUEUE_TIMEOUT_MS },
      );
    } catch (error) {
      this.deps.logger.warn({ err: error, messageId: stored.messageId }, 'ai reply not queued');
    }
  }

  /** Staff reply or private note. Replies are stored `queued` with the conversation update, then queued for delivery. */
  async send(input: SendMessageInput): Promise<MessageDto> {
    const { message, assigneeId } = await this.db(async (tx) => {
      const conversation = await tx.conversation.findFirst({
        where: { AND: [this.scope({ id: input.conversationId }), this.visibilityWhere()] },
        include: { guest: true, channelAccount: true },
      });
      if (!conversation) throw await this.notFound('conversation', input.conversationId);
      const state = await loadSubscriptionState(tx, this.orgId);
      assertWritable(state);
      if (input.isPrivateNote) {
        const note = await tx.message.create({
          data: {
            ...this.staffMessage(conversation.id, conversation.channelAccountId, input.body),
            isPrivateNote: true,
            // Notes never leave Stayzr: nothing to queue.
            status: 'sent',
          },
          include: MESSAGE_INCLUDE,
        });
        await this.auditPlatformMessage(tx, 'message.note_added', note);
        return { message: note, assigneeId: conversation.assigneeId };
      }
      assertFeature(state, CHANNEL_FEATURE[conversation.channelAccount.type]);
      this.assertDeliverable(conversation.channelAccount, conversation.guest, input.body);
      const reply = await this.queueReply(
        tx,
        conversation.id,
        conversation.channelAccountId,
        input.body,
        state,
      );
      await this.auditPlatformMessage(tx, 'message.reply_sent', reply);
      return { message: reply, assigneeId: conversation.assigneeId };
    });
    if (!input.isPrivateNote) await this.enqueueDelivery(message.id);
    await this.publishCreated(message, assigneeId);
    return toMessageDto(message);
  }

  /**
   * A failed reply sent again through another of the guest's channels ("send by SMS instead"): a new
   * message in the same thread, so staff see both attempts; the failed one stays as it was.
   */
  async resendVia(input: ResendViaInput): Promise<MessageDto> {
    const { message, assigneeId, via } = await this.db(async (tx) => {
      const original = await tx.message.findFirst({
        where: this.scope({ id: input.messageId, conversation: this.visibilityWhere() }),
        include: { conversation: { include: { guest: true } } },
      });
      if (!original) throw await this.notFound('message', input.messageId);
      if (!isFailedReply(original)) {
        throw new AppError('CONFLICT', 'Only a reply that failed can be sent another way.');
      }
      const channel = await tx.channelAccount.findFirst({
        where: this.scope({ id: input.channelAccountId }),
      });
      if (!channel) throw await this.notFound('channel_account', input.channelAccountId);
      const { conversation } = original;
      if (channel.id === conversation.channelAccountId || !canReach(channel, conversation.guest)) {
        throw new AppError('CONFLICT', `The guest cannot be reached through ${channel.name}.`);
      }
      const state = await loadSubscriptionState(tx, this.orgId);
      assertWritable(state);
      assertFeature(state, CHANNEL_FEATURE[channel.type]);
      this.assertDeliverable(channel, conversation.guest, original.body);
      const reply = await this.queueReply(tx, conversation.id, channel.id, original.body, state);
      return {
        message: reply,
        assigneeId: conversation.assigneeId,
        via: { type: channel.type, name: channel.name },
      };
    });
    await this.enqueueDelivery(message.id);
    await this.publishCreated(message, assigneeId);
    return toMessageDto(message, via);
  }

  /**
   * A hotel's own staff write in the thread, which is its record; what the platform team writes there
   * while switched in is also in the hotel's audit log, linked to the conversation.
   */
  private async auditPlatformMessage(
    tx: Tx,
    action: string,
    message: { id: string; conversationId: string },
  ) {
    if (!this.ctx.impersonating) return;
    await this.audit(
      tx,
      action,
      { type: 'conversation', id: message.conversationId },
      { messageId: message.id },
    );
  }

  private staffMessage(conversationId: string, channelAccountId: string, body: string) {
    return {
      organizationId: this.orgId,
      conversationId,
      channelAccountId,
      direction: 'outbound' as const,
      senderType: 'staff' as const,
      senderUserId: this.actorUserId,
      sentByPlatform: this.ctx.isSuperAdmin,
      body,
      createdAt: new Date(),
    };
  }

  /** A reply stored `queued` with the conversation's preview, and counted in the month's messages. */
  private async queueReply(
    tx: Tx,
    conversationId: string,
    channelAccountId: string,
    body: string,
    state: SubscriptionState,
  ): Promise<MessageRow> {
    const message = await tx.message.create({
      data: { ...this.staffMessage(conversationId, channelAccountId, body), status: 'queued' },
      include: MESSAGE_INCLUDE,
    });
    await tx.conversation.update({
      where: { id: conversationId },
      // The guest stays waiting until the provider accepts the reply (see refreshReplyState); the newest
      // reply is this one now, so an earlier failure no longer marks the conversation.
      data: {
        lastMessageAt: message.createdAt,
        lastMessagePreview: messagePreview(body),
        replyFailedAt: null,
      },
      select: { id: true },
    });
    // Atomic: with one message left in the month, exactly one of many concurrent sends gets it.
    // Last, because the hotel's counter row stays locked until commit.
    await this.plan.consumeUsage(tx, 'messages', 1, state);
    return message;
  }

  private publishCreated(message: { id: string; conversationId: string }, assigneeId: string | null) {
    return this.deps.events.publish(this.orgId, {
      type: 'message.created',
      conversationId: message.conversationId,
      messageId: message.id,
      assigneeId,
    });
  }

  /** A failed reply sent again as a new attempt of the same message. */
  async retry(messageId: string): Promise<MessageDto> {
    const { message, assigneeId, answer } = await this.db(async (tx) => {
      const row = await tx.message.findFirst({
        where: this.scope({ id: messageId, conversation: this.visibilityWhere() }),
        include: { conversation: { include: { guest: true, channelAccount: true } } },
      });
      if (!row) throw await this.notFound('message', messageId);
      if (!isFailedReply(row)) {
        throw new AppError('CONFLICT', 'Only failed replies can be retried.');
      }
      await assertCanSend(tx, this.orgId, row.conversation.channelAccount.type);
      this.assertDeliverable(row.conversation.channelAccount, row.conversation.guest, row.body);
      const message = await tx.message.update({
        where: { id: row.id },
        data: { status: 'queued', errorCode: null, errorMessage: null, externalId: null },
        include: MESSAGE_INCLUDE,
      });
      // Sending again: no longer marked failed, still waiting until the provider accepts it.
      const answer = await refreshReplyState(tx, row.conversationId);
      return { message, assigneeId: row.conversation.assigneeId, answer };
    });
    await this.enqueueDelivery(message.id, `${message.id}:retry:${Date.now()}`);
    await this.publishStatus({ ...message, assigneeId }, 'queued', null);
    await announceAnswerChange(this.deps.events, this.orgId, message.conversationId, answer);
    return toMessageDto(message);
  }

  /** The thread, newest page first; each page is returned oldest first for display. */
  async list(input: MessageListInput): Promise<MessagePage> {
    return this.db(async (tx) => {
      const conversation = await tx.conversation.findFirst({
        where: { AND: [this.scope({ id: input.conversationId }), this.visibilityWhere()] },
        select: { id: true, channelAccountId: true },
      });
      if (!conversation) throw await this.notFound('conversation', input.conversationId);
      const rows = await tx.message.findMany({
        where: {
          conversationId: conversation.id,
          ...olderThan(input.cursor ? decodeCursor(input.cursor) : null),
        },
        include: MESSAGE_INCLUDE,
        orderBy: [...NEWEST_FIRST],
        take: input.limit + 1,
      });
      const { page, nextCursor } = takePage(rows, input.limit, (oldest) =>
        encodeCursor(oldest.createdAt, oldest.id),
      );
      const via = await this.otherChannelsOf(tx, page, conversation.channelAccountId);
      return {
        items: page.reverse().map((row) => toMessageDto(row, via.get(row.channelAccountId) ?? null)),
        olderCursor: nextCursor,
      };
    });
  }

  /** Names of the channels other than the conversation's that some of these messages went through (rare). */
  private async otherChannelsOf(
    tx: Tx,
    messages: readonly { channelAccountId: string }[],
    conversationChannelId: string,
  ): Promise<Map<string, NonNullable<MessageDto['via']>>> {
    const ids = [
      ...new Set(messages.map((m) => m.channelAccountId).filter((id) => id !== conversationChannelId)),
    ];
    if (!ids.length) return new Map();
    const channels = await tx.channelAccount.findMany({
      where: this.scope({ id: { in: ids } }),
      select: { id: true, type: true, name: true },
    });
    return new Map(channels.map((channel) => [channel.id, { type: channel.type, name: channel.name }]));
  }

  /**
   * Provider status callbacks: applied only when they move the message forward, so callbacks arriving
   * out of order never undo a later state; failed/undelivered are final and keep the provider's code.
   */
  async updateStatusByExternalId(
    channelAccountId: string,
    externalId: string,
    status: MessageStatusValue,
    error: { code: string | null; message: string | null } = { code: null, message: null },
  ): Promise<boolean> {
    const changed = await this.db(async (tx) => {
      const findMessage = () =>
        tx.message.findUnique({
          where: { channelAccountId_externalId: { channelAccountId, externalId } },
          select: {
            id: true,
            status: true,
            conversationId: true,
            conversation: { select: { assigneeId: true } },
          },
        });
      let message = await findMessage();
      if (!message) {
        // The provider may have reported on a send before the worker stored the id it returned: look
        // again under the id's lock (the worker takes it between storing the id and reading what was
        // kept), and keep the callback for then if the id is still unknown. Never dropped.
        await lockProviderMessageId(tx, channelAccountId, externalId);
        message = await findMessage();
      }
      if (!message) {
        await tx.earlyMessageStatus.createMany({
          data: [
            {
              organizationId: this.orgId,
              channelAccountId,
              externalId,
              status,
              errorCode: error.code,
              errorMessage: error.message,
            },
          ],
          skipDuplicates: true,
        });
        return null;
      }
      const now = new Date();
      const updated = await tx.message.updateMany({
        where: { id: message.id, status: { in: statusesBefore(status) } },
        data: {
          status,
          ...(status === 'delivered' ? { deliveredAt: now } : {}),
          ...(status === 'read' ? { readAt: now } : {}),
          ...(FINAL_MESSAGE_STATUSES.includes(status)
            ? { errorCode: error.code, errorMessage: error.message }
            : {}),
        },
      });
      if (!updated.count) return null;
      return {
        id: message.id,
        conversationId: message.conversationId,
        assigneeId: message.conversation.assigneeId,
        // An undelivered text (or a first acceptance reported only by callback) moves the waiting state.
        answer: changesAnswer(message.status, status)
          ? await refreshReplyState(tx, message.conversationId)
          : null,
      };
    });
    if (changed) {
      await this.publishStatus(changed, status, error.code);
      await announceAnswerChange(this.deps.events, this.orgId, changed.conversationId, changed.answer);
    }
    return changed !== null;
  }

  private assertDeliverable(
    channel: { type: ChannelTypeValue; status: string; name: string },
    guest: { smsOptedOutAt: Date | null; phoneE164: string | null },
    body: string,
  ) {
    const tooLong = bodyTooLong(channel.type, body);
    if (tooLong) throw new AppError('BAD_REQUEST', tooLong);
    if (channel.status === 'disabled') {
      throw new AppError(
        'CONFLICT',
        `The ${channel.name} channel is disabled; enable it in Settings → Channels.`,
      );
    }
    if (channel.type === 'sms' && guest.smsOptedOutAt) {
      throw new AppError(
        'GUEST_OPTED_OUT',
        'This guest replied STOP and has opted out of texts. They can text START to opt back in.',
      );
    }
  }

  private visibilityWhere(): Prisma.ConversationWhereInput {
    if (this.dataScope !== 'own') return {};
    return { OR: [{ assigneeId: this.actorUserId }, { assigneeId: null }] };
  }

  private findByExternalId(tx: Tx, channelAccountId: string, externalId: string) {
    return tx.message.findUnique({
      where: { channelAccountId_externalId: { channelAccountId, externalId } },
    });
  }

  /**
   * Redis may be down: the message stays `queued` and the sweeper enqueues it when Redis is back,
   * so staff never wait on the queue.
   */
  private async enqueueDelivery(messageId: string, jobId = messageId): Promise<void> {
    try {
      await this.deps.queues.enqueue(
        'delivery.send-message',
        { organizationId: this.orgId, messageId },
        { jobId, timeoutMs: DELIVERY_ENQUEUE_TIMEOUT_MS },
      );
    } catch (error) {
      this.deps.logger.warn({ err: error, messageId }, 'delivery not queued yet; the sweeper will retry');
    }
  }

  /** Status events carry the conversation's assignee, so `own`-scope staff only hear of theirs. */
  private async publishStatus(
    message: { id: string; conversationId: string; assigneeId: string | null },
    status: MessageStatusValue,
    errorCode: string | null,
  ) {
    await this.deps.events.publish(this.orgId, {
      type: 'message.status',
      conversationId: message.conversationId,
      messageId: message.id,
      assigneeId: message.assigneeId,
      status,
      errorCode,
    });
  }
}
