import type { MaintenanceDeps, MaintenanceTask } from '../kernel/maintenance.js';

/** A provider answers a send within seconds: a callback kept this long has no send of ours coming. */
const EARLY_STATUS_TTL_MS = 24 * 3600 * 1000;

/**
 * Drops status callbacks kept for a provider id that never got stored (a send from the provider's own
 * console, a message deleted meanwhile). Platform-wide, like the other sweeps.
 */
export class EarlyStatusCleanup implements MaintenanceTask<{ deleted: number }> {
  constructor(private readonly deps: MaintenanceDeps) {}

  async run(now = new Date()): Promise<{ deleted: number }> {
    const result = await this.deps.db.withPlatform((tx) =>
      tx.earlyMessageStatus.deleteMany({
        where: { receivedAt: { lt: new Date(now.getTime() - EARLY_STATUS_TTL_MS) } },
      }),
    );
    if (result.count > 0)
      this.deps.logger.info({ deleted: result.count }, 'unclaimed status callbacks removed');
    return { deleted: result.count };
  }
}
