import type { MaintenanceDeps, MaintenanceTask } from '../kernel/maintenance.js';

/** Deletes expired sessions (no tenant context: sessions are not tenant rows). */
export class ExpiredSessionCleanup implements MaintenanceTask<{ deleted: number }> {
  constructor(private readonly deps: MaintenanceDeps) {}

  async run(now = new Date()): Promise<{ deleted: number }> {
    const result = await this.deps.db.client.session.deleteMany({ where: { expiresAt: { lt: now } } });
    if (result.count > 0) this.deps.logger.info({ deleted: result.count }, 'expired sessions removed');
    return { deleted: result.count };
  }
}
