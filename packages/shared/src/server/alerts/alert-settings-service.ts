import { DEFAULT_ALERT_SETTINGS } from '../../alerts.js';
import { AppError } from '../../errors.js';
import type { AlertScope, AlertSettings } from '../../schemas/alerts.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';

/**
 * The signed-in person's own new-message alerts in this organization. There is no way to name another
 * user: the row is always (this organization, the actor).
 */
export class AlertSettingsService extends BaseAuthenticatedService {
  async get(): Promise<AlertSettings> {
    const userId = this.requireUser();
    const row = await this.db((tx) =>
      tx.userAlertSettings.findUnique({
        where: { organizationId_userId: { organizationId: this.orgId, userId } },
      }),
    );
    return row ? toSettings(row) : DEFAULT_ALERT_SETTINGS;
  }

  async update(settings: AlertSettings): Promise<AlertSettings> {
    const userId = this.requireUser();
    const row = await this.db((tx) =>
      tx.userAlertSettings.upsert({
        where: { organizationId_userId: { organizationId: this.orgId, userId } },
        create: { organizationId: this.orgId, userId, ...settings },
        update: settings,
      }),
    );
    return toSettings(row);
  }

  private requireUser(): string {
    const userId = this.actorUserId;
    if (!userId) throw new AppError('FORBIDDEN', 'Alert settings belong to a signed-in user');
    return userId;
  }
}

function toSettings(row: {
  scope: string;
  sound: boolean;
  desktop: boolean;
  quietStartMin: number | null;
  quietEndMin: number | null;
}): AlertSettings {
  const scope: AlertScope = row.scope === 'all' || row.scope === 'none' ? row.scope : 'mine';
  return {
    scope,
    sound: row.sound,
    desktop: row.desktop,
    quietStartMin: row.quietStartMin,
    quietEndMin: row.quietEndMin,
  };
}
