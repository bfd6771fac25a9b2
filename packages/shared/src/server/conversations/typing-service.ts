import { TYPING_REFRESH_MS } from '../../alerts.js';
import { ConversationService } from './conversation-service.js';

/** Shown to the hotel for a super admin switched into it (they are not one of its staff). */
const PLATFORM_TEAM_NAME = 'Platform team';

/**
 * Typing presence for the collision warning ("Anna is typing…"). Nothing is stored: the event is
 * broadcast to the organization's live streams, scoped like any conversation event, and lapses on
 * its own in the browsers that got it.
 */
export class TypingService extends ConversationService {
  async typing(conversationId: string): Promise<void> {
    this.requireRole('ORG_ADMIN', 'STAFF');
    const userId = this.actorUserId;
    if (!userId) return;
    const { conversation, userName } = await this.db(async (tx) => {
      const conversation = await tx.conversation.findFirst({
        where: { AND: [this.scope({ id: conversationId }), this.visibility()] },
        select: { id: true, assigneeId: true },
      });
      if (!conversation) throw await this.notFound('conversation', conversationId);
      if (this.ctx.isSuperAdmin) return { conversation, userName: PLATFORM_TEAM_NAME };
      const user = await tx.user.findFirst({ where: this.scope({ id: userId }), select: { name: true } });
      return { conversation, userName: user?.name ?? 'A colleague' };
    });
    await this.deps.events.broadcast(
      this.orgId,
      {
        type: 'conversation.typing',
        conversationId: conversation.id,
        assigneeId: conversation.assigneeId,
        userId,
        userName,
      },
      // A refresh sooner than the composer's own pace adds nothing; a busy tab cannot flood the org.
      { key: `typing:${conversation.id}:${userId}`, ms: TYPING_REFRESH_MS - 500 },
    );
  }
}
