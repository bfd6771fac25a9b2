import type { Database } from '@stayzr/db';

/** System housekeeping that runs in the maintenance queue (no tenant context: sessions are not tenant rows). */
export class MaintenanceService {
  constructor(private readonly db: Database) {}

  async deleteExpiredSessions(now = new Date()): Promise<number> {
    const result = await this.db.client.session.deleteMany({ where: { expiresAt: { lt: now } } });
    return result.count;
  }
}
