import type { NotificationListInput } from '../billing/schemas.js';
import type { NotificationDto, NotificationPage } from '../billing/types.js';
import { BaseAuthenticatedService } from './base-authenticated-service.js';

/** The organization's notifications (usage alerts, billing, requests), for its admins. */
export class NotificationService extends BaseAuthenticatedService {
  async list(input: NotificationListInput): Promise<NotificationPage> {
    this.requireRole('ORG_ADMIN');
    return this.db(async (tx) => {
      const cursor = input.cursor
        ? await tx.notification.findFirst({ where: this.scope({ id: input.cursor }) })
        : null;
      const rows = await tx.notification.findMany({
        where: this.scope({
          ...(input.unreadOnly ? { readAt: null } : {}),
          ...(cursor
            ? {
                OR: [
                  { createdAt: { lt: cursor.createdAt } },
                  { createdAt: cursor.createdAt, id: { lt: cursor.id } },
                ],
              }
            : {}),
        }),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: input.limit + 1,
      });
      const unreadCount = await tx.notification.count({ where: this.scope({ readAt: null }) });
      const page = rows.slice(0, input.limit);
      return {
        items: page.map(
          (row): NotificationDto => ({
            id: row.id,
            kind: row.kind,
            title: row.title,
            body: row.body,
            data: row.data,
            createdAt: row.createdAt,
            readAt: row.readAt,
          }),
        ),
        nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
        unreadCount,
      };
    });
  }

  async markRead(notificationId: string): Promise<void> {
    this.requireRole('ORG_ADMIN');
    await this.db(async (tx) => {
      const notification = await tx.notification.findFirst({ where: this.scope({ id: notificationId }) });
      if (!notification) throw await this.notFound('notification', notificationId);
      if (notification.readAt) return;
      await tx.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
    });
  }

  async markAllRead(): Promise<{ count: number }> {
    this.requireRole('ORG_ADMIN');
    const result = await this.db((tx) =>
      tx.notification.updateMany({ where: this.scope({ readAt: null }), data: { readAt: new Date() } }),
    );
    return { count: result.count };
  }
}
