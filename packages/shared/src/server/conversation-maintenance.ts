import type { Database } from '@stayzr/db';
import type { OrgEventPublisher } from './events/org-event-bus.js';

/** Snoozed conversations whose time has come reopen, across organizations (maintenance job). */
export async function wakeSnoozedConversations(
  db: Database,
  events: OrgEventPublisher,
  now = new Date(),
): Promise<number> {
  const woken = await db.withPlatform(async (tx) => {
    const due = await tx.conversation.findMany({
      where: { status: 'snoozed', snoozedUntil: { lte: now } },
      select: { id: true, organizationId: true, assigneeId: true },
      take: 1_000,
    });
    if (due.length) {
      await tx.conversation.updateMany({
        where: { id: { in: due.map((c) => c.id) }, status: 'snoozed' },
        data: { status: 'open', snoozedUntil: null },
      });
    }
    return due;
  });
  for (const conversation of woken) {
    await events.publish(conversation.organizationId, {
      type: 'conversation.updated',
      conversationId: conversation.id,
      assigneeId: conversation.assigneeId,
      status: 'open',
    });
  }
  return woken.length;
}
