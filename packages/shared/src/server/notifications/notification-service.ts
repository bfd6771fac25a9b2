import type { NotificationListInput } from '../../billing/schemas.js';
import type { NotificationDto, NotificationPage } from '../../billing/types.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { NEWEST_FIRST, olderThan, takePage } from '../kernel/pagination.js';

/** The organization's notifications (usage alerts, billing, requests), for its admins. */
export class NotificationService extends BaseAuthenticatedService {
  async list(input: NotificationListInput): Promise<NotificationPage> {
    return this.db(async (tx) => {
      const cursor = input.cursor
        ? await tx.notification.findFirst({ where: this.scope({ id: input.cursor }) })
        : null;
      const rows = await tx.notification.findMany({
        where: this.scope({
          ...(input.unreadOnly ? { readAt: null } : {}),
          ...olderThan(cursor && { at: cursor.createdAt, id: cursor.id }),
        }),
        orderBy: [...NEWEST_FIRST],
        take: input.limit + 1,
      });
      const unreadCount = await tx.notification.count({ where: this.scope({ readAt: null }) });
      const { page, nextCursor } = takePage(rows, input.limit, (last) => last.id);
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
        nextCursor,
        unreadCount,
      };
    });
  }

  async markRead(notificationId: string): Promise<void> {
    await this.db(async (tx) => {
      const notification = await tx.notification.findFirst({ where: this.scope({ id: notificationId }) });
      if (!notification) throw await this.notFound('notification', notificationId);
      if (notification.readAt) return;
      await tx.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
    });
  }

  async markAllRead(): Promise<{ count: number }> {
    const result = await this.db((tx) =>
      tx.notification.updateMany({ where: this.scope({ readAt: null }), data: { readAt: new Date() } }),
    );
    return { count: result.count };
  }
}
