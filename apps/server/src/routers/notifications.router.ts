import { ZNotificationIdInput, ZNotificationListInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure } from '../trpc/procedures.js';

export const notificationsRouter = router({
  list: adminProcedure
    .input(ZNotificationListInput)
    .query(({ ctx, input }) => ctx.services.notifications.list(input)),
  markRead: adminProcedure
    .input(ZNotificationIdInput)
    .mutation(({ ctx, input }) => ctx.services.notifications.markRead(input.notificationId)),
  markAllRead: adminProcedure.mutation(({ ctx }) => ctx.services.notifications.markAllRead()),
});
