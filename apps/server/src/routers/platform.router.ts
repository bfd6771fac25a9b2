import {
  ZAuditLogInput,
  ZCreateOrganizationInput,
  ZOrganizationIdInput,
  ZSetSubscriptionInput,
} from '@stayzr/shared';
import { toMe } from '@stayzr/shared/server';
import { SESSION_COOKIE } from '../session-cookie.js';
import type { Context } from '../trpc/context.js';
import { router } from '../trpc/init.js';
import { superAdminProcedure } from '../trpc/procedures.js';

/** Re-reads the session so the answer reflects the organization just switched to. */
async function meAfterSwitch(ctx: Context) {
  const session = await ctx.deps.auth.resolveSession(ctx.req.cookies[SESSION_COOKIE]);
  return session ? toMe(session) : null;
}

export const platformRouter = router({
  organizations: router({
    list: superAdminProcedure.query(({ ctx }) => ctx.services.platform.listOrganizations()),
    create: superAdminProcedure
      .input(ZCreateOrganizationInput)
      .mutation(({ ctx, input }) => ctx.services.platform.createOrganization(input)),
    suspend: superAdminProcedure
      .input(ZOrganizationIdInput)
      .mutation(({ ctx, input }) =>
        ctx.services.platform.setOrganizationStatus(input.organizationId, 'suspended'),
      ),
    reactivate: superAdminProcedure
      .input(ZOrganizationIdInput)
      .mutation(({ ctx, input }) =>
        ctx.services.platform.setOrganizationStatus(input.organizationId, 'active'),
      ),
  }),
  switchOrganization: superAdminProcedure.input(ZOrganizationIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.platform.switchOrganization(input.organizationId);
    return meAfterSwitch(ctx);
  }),
  exitOrganization: superAdminProcedure.mutation(async ({ ctx }) => {
    await ctx.services.platform.exitOrganization();
    return meAfterSwitch(ctx);
  }),
  auditLog: superAdminProcedure
    .input(ZAuditLogInput)
    .query(({ ctx, input }) => ctx.services.platform.auditLog(input)),
  subscriptions: router({
    /** Plan, status, trial end and limit overrides of one organization; returns what no longer fits. */
    set: superAdminProcedure
      .input(ZSetSubscriptionInput)
      .mutation(({ ctx, input }) => ctx.services.platformBilling.setSubscription(input)),
  }),
  usageOverview: superAdminProcedure.query(({ ctx }) => ctx.services.platformBilling.usageOverview()),
});
