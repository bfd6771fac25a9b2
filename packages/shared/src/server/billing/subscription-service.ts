import { randomUUID } from 'node:crypto';
import type { Tx } from '@stayzr/db';
import { lockOrganizationRow } from '@stayzr/db/queries';
import { PLANS, type PlanName, planRank } from '../../billing/plans.js';
import type { RequestPlanChangeInput } from '../../billing/schemas.js';
import type { BillingInvoiceDto, ChangePlanResult, SubscriptionDto, UsageDto } from '../../billing/types.js';
import { AppError } from '../../errors.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import type { ServiceDeps } from '../kernel/service-deps.js';
import type { TenantContext } from '../kernel/tenant-context.js';
import { type BillingProvider, manualBilling } from './billing-provider.js';
import { planMisfits } from './plan-fit.js';
import { loadOrganizationBilling, toSubscriptionDto } from './subscription-dto.js';

/**
 * The organization's own view of its plan: status, usage, plan changes and billing history. Plan
 * changes are billing, so they stay possible while the organization is read-only.
 */
export class SubscriptionService extends BaseAuthenticatedService {
  constructor(
    deps: ServiceDeps,
    ctx: TenantContext | null | undefined,
    private readonly billing: BillingProvider = manualBilling,
  ) {
    super(deps, ctx);
  }

  async get(): Promise<SubscriptionDto> {
    const billing = await this.db((tx) => loadOrganizationBilling(tx, this.orgId));
    return toSubscriptionDto(billing, this.billing.checkoutEnabled);
  }

  usage(): Promise<UsageDto> {
    return this.plan.usage();
  }

  /**
   * Upgrades apply at once (or, with Stripe and no subscription yet, after the hosted checkout).
   * Downgrades are refused with the list of what does not fit until the organization fits.
   */
  async changePlan(plan: PlanName): Promise<ChangePlanResult> {
    const current = await this.db((tx) => loadOrganizationBilling(tx, this.orgId));
    if (current.state.plan === plan) {
      return { kind: 'unchanged', subscription: toSubscriptionDto(current, this.billing.checkoutEnabled) };
    }
    if (!PLANS[plan].selfServe) {
      throw new AppError(
        'PLAN_NOT_SELF_SERVE',
        `The ${PLANS[plan].label} plan is set up with the Stayzr team. Send a request and we will contact you.`,
        { plan },
      );
    }
    const downgrade = planRank(plan) < planRank(current.state.plan);
    if (downgrade) await this.db((tx) => this.ensureFits(tx, plan));

    const outcome = await this.billing.changePlan(current.account, plan, {
      successUrl: `${this.deps.webUrl}/settings/plan?checkout=success`,
      cancelUrl: `${this.deps.webUrl}/settings/plan?checkout=canceled`,
    });
    if (outcome.kind === 'checkout') {
      await this.db((tx) =>
        this.audit(tx, 'subscription.checkout_started', this.target(), {
          from: current.state.plan,
          to: plan,
          provider: this.billing.name,
        }),
      );
      return { kind: 'checkout', url: outcome.url };
    }

    const updated = await this.db(async (tx) => {
      // The row lock orders this change after any concurrent one; the fit is re-checked under it.
      await lockOrganizationRow(tx, this.orgId);
      const locked = await loadOrganizationBilling(tx, this.orgId);
      if (planRank(plan) < planRank(locked.state.plan)) await this.ensureFits(tx, plan);
      await tx.organization.update({ where: { id: this.orgId }, data: { plan } });
      await this.audit(tx, 'subscription.plan_changed', this.target(), {
        from: locked.state.plan,
        to: plan,
        provider: this.billing.name,
      });
      return loadOrganizationBilling(tx, this.orgId);
    });
    return { kind: 'changed', subscription: toSubscriptionDto(updated, this.billing.checkoutEnabled) };
  }

  /** Asks the Stayzr team for a change they arrange (enterprise, custom limits): audited for the platform. */
  async requestChange(input: RequestPlanChangeInput): Promise<{ requested: true }> {
    await this.db(async (tx) => {
      const { state } = await loadOrganizationBilling(tx, this.orgId);
      await this.audit(tx, 'subscription.change_requested', this.target(), {
        from: state.plan,
        to: input.plan,
        ...(input.message ? { message: input.message } : {}),
      });
      await tx.notification.create({
        data: {
          organizationId: this.orgId,
          kind: 'plan_request',
          title: `Plan change requested: ${PLANS[input.plan].label}`,
          body: 'The Stayzr team has your request and will contact you.',
          data: { from: state.plan, to: input.plan },
          dedupeKey: `plan-request:${randomUUID()}`,
        },
      });
    });
    this.deps.logger.info(
      { organizationId: this.orgId, plan: input.plan, requestId: this.ctx.request.requestId },
      'plan change requested',
    );
    return { requested: true };
  }

  async invoices(): Promise<BillingInvoiceDto[]> {
    const { account } = await this.db((tx) => loadOrganizationBilling(tx, this.orgId));
    if (account.provider !== this.billing.name) return [];
    return this.billing.invoices(account);
  }

  private async ensureFits(tx: Tx, plan: PlanName) {
    const { state } = await loadOrganizationBilling(tx, this.orgId);
    const misfits = await planMisfits(tx, state, plan);
    if (misfits.length > 0) {
      throw new AppError(
        'PLAN_DOES_NOT_FIT',
        `You can't move to the ${PLANS[plan].label} plan yet: ${misfits.map((m) => m.message).join('; ')}.`,
        { plan, misfits },
      );
    }
  }

  private target() {
    return { type: 'organization', id: this.orgId };
  }
}
