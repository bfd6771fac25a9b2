import { ZNotificationIdInput, ZNotificationListInput } from '@stayzr/shared';
import { NotificationService, type TenantContext } from '@stayzr/shared/server';
import type { ServerDeps } from '../deps.js';
import { router } from '../trpc/init.js';
import { roleProcedure } from '../trpc/procedures.js';

const adminProcedure = roleProcedure('ORG_ADMIN');
const notifications = (ctx: { deps: ServerDeps; tenant: TenantContext }) =>
  new NotificationService(ctx.deps.services, ctx.tenant);

export const notificationsRouter = router({
  list: adminProcedure
    .input(ZNotificationListInput)
    .query(({ ctx, input }) => notifications(ctx).list(input)),
  markRead: adminProcedure
    .input(ZNotificationIdInput)
    .mutation(({ ctx, input }) => notifications(ctx).markRead(input.notificationId)),
  markAllRead: adminProcedure.mutation(({ ctx }) => notifications(ctx).markAllRead()),
});
