import { ZChangePlanInput, ZRequestPlanChangeInput } from '@stayzr/shared';
import { SubscriptionService, type TenantContext } from '@stayzr/shared/server';
import type { ServerDeps } from '../deps.js';
import { router } from '../trpc/init.js';
import { orgProcedure, roleProcedure } from '../trpc/procedures.js';

const adminProcedure = roleProcedure('ORG_ADMIN');
const subscription = (ctx: { deps: ServerDeps; tenant: TenantContext }) =>
  new SubscriptionService(ctx.deps.services, ctx.tenant, ctx.deps.billing);

export const subscriptionRouter = router({
  /** Plan, status, read-only reason, effective limits and features: every member sees what applies. */
  get: orgProcedure.query(({ ctx }) => subscription(ctx).get()),
  usage: orgProcedure.query(({ ctx }) => subscription(ctx).usage()),
  changePlan: adminProcedure
    .input(ZChangePlanInput)
    .mutation(({ ctx, input }) => subscription(ctx).changePlan(input.plan)),
  requestChange: adminProcedure
    .input(ZRequestPlanChangeInput)
    .mutation(({ ctx, input }) => subscription(ctx).requestChange(input)),
  /** Billing history from the provider (Stripe); empty with manual billing. */
  invoices: adminProcedure.query(({ ctx }) => subscription(ctx).invoices()),
});
