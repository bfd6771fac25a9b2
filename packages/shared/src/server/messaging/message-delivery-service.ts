import type { Prisma } from '@stayzr/db';
import { lockProviderMessageId, refreshReplyState } from '@stayzr/db/queries';
import { AppError } from '../../errors.js';
import type { MessageStatusValue } from '../../events.js';
import { assertCanSend } from '../billing/enforcement.js';
import { ChannelAccountService } from '../channels/channel-account-service.js';
import { providerDefinition, webhookUrlsOf } from '../channels/registry.js';
import { type ChannelSender, PermanentDeliveryError, type SendResult } from '../channels/types.js';
import { announceAnswerChange, changesAnswer } from '../conversations/reply-state.js';
import { GuestService } from '../guests/guest-service.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { MessageService } from './message-service.js';
import { statusesBefore } from './message-status.js';

type LoadedMessage = Prisma.MessageGetPayload<{
  include: { conversation: { include: { guest: true } }; channelAccount: true };
}>;

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped';

/** How far before an interrupted attempt a provider's record of it may be dated (clocks differ). */
const CLOCK_SKEW_MS = 2 * 60_000;

interface EventTarget {
  id: string;
  conversationId: string;
  assigneeId: string | null;
}

const eventTargetOf = (message: LoadedMessage): EventTarget => ({
  id: message.id,
  conversationId: message.conversationId,
  assigneeId: message.conversation.assigneeId,
});

/**
 * Sends one queued message (the `delivery` job). Idempotent: a message that already has a provider id,
 * or is no longer queued, is never sent again, whatever the queue replays.
 */
export class MessageDeliveryService extends BaseAuthenticatedService {
  async deliver(messageId: string, isFinalAttempt: boolean): Promise<DeliveryOutcome> {
    const loaded = await this.db(async (tx) => {
      const message = await tx.message.findFirst({
        where: this.scope({ id: messageId }),
        include: { conversation: { include: { guest: true } }, channelAccount: true },
      });
      if (!message || message.externalId || !['queued', 'sending'].includes(message.status)) return null;
      // The plan is checked again when the job runs, not only when staff pressed send.
      const refusal = await assertCanSend(tx, this.orgId, message.channelAccount.type).then(
        () => null,
        (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)),
      );
      if (!refusal) await tx.message.update({ where: { id: message.id }, data: { status: 'sending' } });
      return { message, refusal };
    });
    if (!loaded) return 'skipped';
    if (loaded.refusal) {
      return this.fail(eventTargetOf(loaded.message), loaded.refusal.appCode, loaded.refusal.message);
    }
    // Still `sending` from an earlier attempt (its worker died, or its job stalled): that attempt may have
    // reached the provider, so it is looked up there before anything is sent again.
    const interruptedAt = loaded.message.status === 'sending' ? loaded.message.updatedAt : null;
    return this.send(loaded.message, isFinalAttempt, interruptedAt);
  }

  private async send(
    loaded: LoadedMessage,
    isFinalAttempt: boolean,
    interruptedAt: Date | null,
  ): Promise<DeliveryOutcome> {
    const { conversation, channelAccount: channel } = loaded;
    const guest = conversation.guest;
    const target = eventTargetOf(loaded);
    await this.publish(target, 'sending', null);

    if (channel.type === 'sms' && guest.smsOptedOutAt) {
      return this.fail(target, 'GUEST_OPTED_OUT', 'The guest has opted out of texts (STOP).');
    }
    let result: SendResult;
    try {
      const sender = this.senderFor(channel);
      const to = { phoneE164: guest.phoneE164, email: guest.email, whatsappJid: guest.whatsappJid };
      let earlier: SendResult | null = null;
      if (interruptedAt) {
        if (!sender.findSent) {
          return this.fail(
            target,
            'UNCONFIRMED',
            'Sending was interrupted and the provider cannot say whether this reply went out. Check with the guest before sending it again.',
          );
        }
        earlier = await sender.findSent({
          to,
          body: loaded.body,
          since: new Date(interruptedAt.getTime() - CLOCK_SKEW_MS),
        });
      }
      result =
        earlier ??
        (await sender.send({
          messageId: loaded.id,
          to,
          body: loaded.body,
          statusCallbackUrl: this.statusCallbackUrl(channel),
        }));
    } catch (error) {
      if (error instanceof PermanentDeliveryError) {
        if (error.guestOptedOut) await new GuestService(this.deps, this.ctx).setSmsOptOut(guest.id, true);
        return this.fail(target, error.code, error.message);
      }
      if (isFinalAttempt) {
        const reason = error instanceof Error ? error.message : String(error);
        return this.fail(target, 'PROVIDER_UNREACHABLE', `Gave up after several attempts: ${reason}`);
      }
      // Back to queued so the next attempt (or the sweeper) picks it up.
      await this.db((tx) =>
        tx.message.updateMany({
          where: { id: loaded.id, status: 'sending', externalId: null },
          data: { status: 'queued' },
        }),
      );
      throw error;
    }
    // Outside the try: once the provider has the reply, a failure to record it must not send it again
    // (the message stays `sending`, and the next attempt finds it at the provider).
    return this.accepted(loaded, channel.id, result);
  }

  /** The provider has the reply (just sent, or found after an interrupted attempt): its id and status are stored. */
  private async accepted(
    loaded: LoadedMessage,
    channelId: string,
    result: SendResult,
  ): Promise<DeliveryOutcome> {
    const target = eventTargetOf(loaded);
    const { answer, early } = await this.db(async (tx) => {
      const updated = await tx.message.updateMany({
        where: { id: loaded.id, status: { in: statusesBefore(result.status) } },
        data: { externalId: result.externalId, status: result.status, sentAt: new Date() },
      });
      // Status callbacks the provider sent before this id was stored (see lockProviderMessageId).
      await lockProviderMessageId(tx, channelId, result.externalId);
      const keptFor = this.scope({ channelAccountId: channelId, externalId: result.externalId });
      const early = await tx.earlyMessageStatus.findMany({
        where: keptFor,
        orderBy: { receivedAt: 'asc' },
      });
      if (early.length) await tx.earlyMessageStatus.deleteMany({ where: keptFor });
      // The guest counts as answered only now that the provider has the reply.
      const answer =
        updated.count && changesAnswer('sending', result.status)
          ? await refreshReplyState(tx, loaded.conversationId)
          : null;
      return { answer, early };
    });
    await this.publish(target, result.status, null);
    await announceAnswerChange(this.deps.events, this.orgId, loaded.conversationId, answer);
    // Applied the way any callback is (forward only, so their arrival order does not matter).
    const statuses = new MessageService(this.deps, this.ctx);
    for (const callback of early) {
      await statuses.updateStatusByExternalId(channelId, result.externalId, callback.status, {
        code: callback.errorCode,
        message: callback.errorMessage,
      });
    }
    return 'sent';
  }

  private senderFor(channel: {
    id: string;
    provider: string;
    address: string;
    encryptedConfig: string | null;
    name: string;
  }): ChannelSender {
    const provider = providerDefinition(channel.provider);
    if (!provider) {
      throw new PermanentDeliveryError(
        'CHANNEL_NOT_SUPPORTED',
        `Sending over ${channel.name} is not available yet.`,
      );
    }
    const config = new ChannelAccountService(this.deps, this.ctx).configOf<Record<string, string>>(channel);
    return provider.createSender({ id: channel.id, address: channel.address, config }, this.deps);
  }

  /** Where the provider reports delivery status of this send, when it does. */
  private statusCallbackUrl(channel: { id: string; provider: string }): string | null {
    const key = providerDefinition(channel.provider)?.statusWebhook;
    return key ? (webhookUrlsOf(this.deps.publicUrl, channel)[key] ?? null) : null;
  }

  private async fail(target: EventTarget, code: string, reason: string): Promise<DeliveryOutcome> {
    const answer = await this.db(async (tx) => {
      const updated = await tx.message.updateMany({
        where: { id: target.id, status: { in: statusesBefore('failed') } },
        data: { status: 'failed', errorCode: code, errorMessage: reason },
      });
      // A failed reply answers nothing: the conversation keeps (or gets back) its waiting state.
      return updated.count ? refreshReplyState(tx, target.conversationId) : null;
    });
    this.deps.logger.warn({ messageId: target.id, code }, 'message delivery failed');
    await this.publish(target, 'failed', code);
    await announceAnswerChange(this.deps.events, this.orgId, target.conversationId, answer);
    return 'failed';
  }

  /** Status events carry the conversation's assignee, so `own`-scope staff only hear of theirs. */
  private publish(target: EventTarget, status: MessageStatusValue, errorCode: string | null) {
    return this.deps.events.publish(this.orgId, {
      type: 'message.status',
      conversationId: target.conversationId,
      messageId: target.id,
      assigneeId: target.assigneeId,
      status,
      errorCode,
    });
  }
}
