import {
  ZAuditLogInput,
  ZCreateOrganizationInput,
  ZOrganizationIdInput,
  ZSetSubscriptionInput,
} from '@stayzr/shared';
import { PlatformBillingService, PlatformService, toMe } from '@stayzr/shared/server';
import { SESSION_COOKIE } from '../session-cookie.js';
import type { Context } from '../trpc/context.js';
import { router } from '../trpc/init.js';
import { superAdminProcedure } from '../trpc/procedures.js';

type SuperAdminCtx = Context & { session: NonNullable<Context['session']> };

const platform = (ctx: SuperAdminCtx) =>
  new PlatformService(ctx.deps.services, {
    userId: ctx.session.user.id,
    sessionId: ctx.session.sessionId,
    request: ctx.request,
  });

const platformBilling = (ctx: SuperAdminCtx) =>
  new PlatformBillingService(
    ctx.deps.services,
    { userId: ctx.session.user.id, sessionId: ctx.session.sessionId, request: ctx.request },
    ctx.deps.billing.checkoutEnabled,
  );

/** Re-reads the session so the answer reflects the organization just switched to. */
async function meAfterSwitch(ctx: SuperAdminCtx) {
  const session = await ctx.deps.auth.resolveSession(ctx.req.cookies[SESSION_COOKIE]);
  return session ? toMe(session) : null;
}

export const platformRouter = router({
  organizations: router({
    list: superAdminProcedure.query(({ ctx }) => platform(ctx).listOrganizations()),
    create: superAdminProcedure
      .input(ZCreateOrganizationInput)
      .mutation(({ ctx, input }) => platform(ctx).createOrganization(input)),
    suspend: superAdminProcedure
      .input(ZOrganizationIdInput)
      .mutation(({ ctx, input }) => platform(ctx).setOrganizationStatus(input.organizationId, 'suspended')),
    reactivate: superAdminProcedure
      .input(ZOrganizationIdInput)
      .mutation(({ ctx, input }) => platform(ctx).setOrganizationStatus(input.organizationId, 'active')),
  }),
  switchOrganization: superAdminProcedure.input(ZOrganizationIdInput).mutation(async ({ ctx, input }) => {
    await platform(ctx).switchOrganization(input.organizationId);
    return meAfterSwitch(ctx);
  }),
  exitOrganization: superAdminProcedure.mutation(async ({ ctx }) => {
    await platform(ctx).exitOrganization();
    return meAfterSwitch(ctx);
  }),
  auditLog: superAdminProcedure
    .input(ZAuditLogInput)
    .query(({ ctx, input }) => platform(ctx).auditLog(input)),
  subscriptions: router({
    /** Plan, status, trial end and limit overrides of one organization; returns what no longer fits. */
    set: superAdminProcedure
      .input(ZSetSubscriptionInput)
      .mutation(({ ctx, input }) => platformBilling(ctx).setSubscription(input)),
  }),
  usageOverview: superAdminProcedure.query(({ ctx }) => platformBilling(ctx).usageOverview()),
});
