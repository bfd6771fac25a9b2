import type { MaintenanceDeps, MaintenanceTask } from '../kernel/maintenance.js';

/** Snoozed conversations whose time has come reopen, across organizations. */
export class SnoozeWaker implements MaintenanceTask<{ woken: number }> {
  constructor(private readonly deps: MaintenanceDeps) {}

  async run(now = new Date()): Promise<{ woken: number }> {
    const woken = await this.deps.db.withPlatform(async (tx) => {
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
      await this.deps.events.publish(conversation.organizationId, {
        type: 'conversation.updated',
        conversationId: conversation.id,
        assigneeId: conversation.assigneeId,
        status: 'open',
      });
    }
    return { woken: woken.length };
  }
}
