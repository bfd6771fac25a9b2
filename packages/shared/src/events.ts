/** Real-time events of one organization, streamed to its inbox (tRPC SSE `inbox.events`). */

export type MessageStatusValue =
  | 'received'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'undelivered';

export type ConversationStatusValue = 'open' | 'pending' | 'snoozed' | 'resolved';
export type ChannelTypeValue = 'sms' | 'whatsapp' | 'email';
export type ChannelProviderValue = 'twilio' | 'baileys' | 'whatsapp_cloud' | 'smtp';

export type OrgEvent =
  /** A guest wrote: the domain event automation and AI attach to. */
  | {
      type: 'message.received';
      conversationId: string;
      messageId: string;
      assigneeId: string | null;
      newConversation: boolean;
    }
  /** Staff (or AI) added a reply or a private note. */
  | { type: 'message.created'; conversationId: string; messageId: string; assigneeId: string | null }
  | {
      type: 'message.status';
      conversationId: string;
      messageId: string;
      assigneeId: string | null;
      status: MessageStatusValue;
      errorCode: string | null;
    }
  | {
      type: 'conversation.updated';
      conversationId: string;
      assigneeId: string | null;
      status: ConversationStatusValue;
      /** Set when the assignee changed: who assigned it (alerts skip assigning yourself). */
      assignedById?: string | null;
    }
  | { type: 'guest.updated'; guestId: string }
  /**
   * A colleague is typing in a conversation. Ephemeral: broadcast only, never kept in the replay stream;
   * it lapses TYPING_TTL_MS after the last one. `assigneeId` scopes it like the other conversation events.
   */
  | {
      type: 'conversation.typing';
      conversationId: string;
      assigneeId: string | null;
      userId: string;
      userName: string;
    };

export type OrgEventType = OrgEvent['type'];

/** Delivery statuses only move forward; failed and undelivered are final. */
export const MESSAGE_STATUS_RANK: Record<MessageStatusValue, number> = {
  received: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  failed: 6,
  undelivered: 6,
};

export const FINAL_MESSAGE_STATUSES: readonly MessageStatusValue[] = ['failed', 'undelivered'];
