import { ZChangePlanInput, ZRequestPlanChangeInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

export const subscriptionRouter = router({
  /** Plan, status, read-only reason, effective limits and features: every member sees what applies. */
  get: orgProcedure.query(({ ctx }) => ctx.services.subscription.get()),
  usage: orgProcedure.query(({ ctx }) => ctx.services.subscription.usage()),
  changePlan: adminProcedure
    .input(ZChangePlanInput)
    .mutation(({ ctx, input }) => ctx.services.subscription.changePlan(input.plan)),
  requestChange: adminProcedure
    .input(ZRequestPlanChangeInput)
    .mutation(({ ctx, input }) => ctx.services.subscription.requestChange(input)),
  /** Billing history from the provider (Stripe); empty with manual billing. */
  invoices: adminProcedure.query(({ ctx }) => ctx.services.subscription.invoices()),
});
