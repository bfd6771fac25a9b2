import type { MaintenanceDeps, MaintenanceTask } from '../kernel/maintenance.js';

/** A message still queued after this long missed its job (Redis was down when staff pressed send). */
const QUEUED_GRACE_MS = 30_000;
/** A send interrupted this long ago (worker killed mid-send) is tried again. */
const SENDING_GRACE_MS = 10 * 60_000;

/**
 * Re-enqueues messages left `queued` or stuck `sending` without a provider id. Runs in the
 * maintenance queue; platform-wide, since it looks for work across organizations.
 */
export class DeliverySweeper implements MaintenanceTask<{ requeued: number }> {
  constructor(private readonly deps: MaintenanceDeps) {}

  async run(now = new Date()): Promise<{ requeued: number }> {
    const stuck = await this.deps.db.withPlatform((tx) =>
      tx.message.findMany({
        where: {
          direction: 'outbound',
          isPrivateNote: false,
          externalId: null,
          OR: [
            { status: 'queued', updatedAt: { lt: new Date(now.getTime() - QUEUED_GRACE_MS) } },
            { status: 'sending', updatedAt: { lt: new Date(now.getTime() - SENDING_GRACE_MS) } },
          ],
        },
        select: { id: true, organizationId: true },
        orderBy: { createdAt: 'asc' },
        take: 500,
      }),
    );
    const queue = this.deps.queues.queue('delivery');
    let requeued = 0;
    for (const message of stuck) {
      const existing = await queue.getJob(message.id);
      const state = existing ? await existing.getState() : null;
      if (state && ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'].includes(state))
        continue;
      // A finished job with this id would make the new add a no-op.
      if (existing) await existing.remove().catch(() => undefined);
      await this.deps.queues.enqueue('delivery.send-message', {
        organizationId: message.organizationId,
        messageId: message.id,
      });
      requeued += 1;
    }
    if (requeued) this.deps.logger.info({ requeued }, 're-enqueued stuck outbound messages');
    return { requeued };
  }
}
