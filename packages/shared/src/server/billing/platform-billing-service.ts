import { Prisma, type Tx } from '@stayzr/db';
import { lockOrganizationRow, usageOverviewRows } from '@stayzr/db/queries';
import { effectiveLimits, metricLimit, USAGE_METRICS, type UsageMetric } from '../../billing/plans.js';
import type { SetSubscriptionInput } from '../../billing/schemas.js';
import type { PlatformSubscriptionResult, PlatformUsageRow } from '../../billing/types.js';
import { AppError } from '../../errors.js';
import { BasePlatformService, type PlatformActor } from '../kernel/base-platform-service.js';
import type { ServiceDeps } from '../kernel/service-deps.js';
import { parseOverrides, readOnlyReason, toSubscriptionState } from './enforcement.js';
import { planMisfits } from './plan-fit.js';
import { loadOrganizationBilling, toSubscriptionDto } from './subscription-dto.js';
import { safeTimeZone, usagePeriodAt } from './usage-period.js';

/**
 * Super admins' side of subscriptions: set plan, status, trial end and limit overrides of any
 * organization, and the usage overview across organizations. Runs as the platform role; every change
 * is audited with the real actor.
 */
export class PlatformBillingService extends BasePlatformService {
  constructor(
    deps: ServiceDeps,
    actor: PlatformActor | null | undefined,
    private readonly checkoutEnabled = false,
  ) {
    super(deps, actor);
  }

  async setSubscription(input: SetSubscriptionInput): Promise<PlatformSubscriptionResult> {
    return this.db(async (tx) => {
      await lockOrganizationRow(tx, input.organizationId);
      const org = await tx.organization.findUnique({ where: { id: input.organizationId } });
      if (!org) throw new AppError('NOT_FOUND', 'Organization not found');
      const before = {
        plan: org.plan,
        status: org.subscriptionStatus,
        trialEndsAt: org.trialEndsAt,
        limitOverrides: parseOverrides(org.limitOverrides),
      };
      const after = {
        plan: input.plan ?? before.plan,
        status: input.status ?? before.status,
        trialEndsAt: input.trialEndsAt !== undefined ? input.trialEndsAt : before.trialEndsAt,
        limitOverrides: input.limitOverrides !== undefined ? input.limitOverrides : before.limitOverrides,
      };
      if (after.status === 'trialing' && !after.trialEndsAt) {
        throw new AppError('BAD_REQUEST', 'A trial needs an end date.');
      }
      const overrides =
        after.limitOverrides && Object.keys(after.limitOverrides).length > 0 ? after.limitOverrides : null;
      await tx.organization.update({
        where: { id: org.id },
        data: {
          plan: after.plan,
          subscriptionStatus: after.status,
          trialEndsAt: after.trialEndsAt,
          limitOverrides: overrides ?? Prisma.DbNull,
        },
      });
      await this.audit(tx, 'platform.subscription_changed', org.id, {
        from: { ...before, trialEndsAt: before.trialEndsAt?.toISOString() ?? null },
        to: { ...after, limitOverrides: overrides, trialEndsAt: after.trialEndsAt?.toISOString() ?? null },
      });
      const billing = await loadOrganizationBilling(tx, org.id);
      return {
        subscription: toSubscriptionDto(billing, this.checkoutEnabled),
        misfits: await planMisfits(tx, billing.state, billing.state.plan),
      };
    });
  }

  /** Every organization's plan, status and usage against its limits, by name. */
  async usageOverview(now: Date = new Date()): Promise<PlatformUsageRow[]> {
    return this.db(async (tx) => {
      const rows = await usageOverviewRows(tx);
      const messages = await this.currentMessages(tx, rows, now);
      return rows.map((row) => {
        const state = toSubscriptionState({
          id: row.id,
          plan: row.plan,
          subscriptionStatus: row.subscription_status,
          trialEndsAt: row.trial_ends_at,
          timezone: row.timezone,
          limitOverrides: row.limit_overrides,
        });
        const used: Record<UsageMetric, number> = {
          messages: messages.get(row.id) ?? 0,
          users: Number(row.users),
          guests: Number(row.guests),
          activeConversations: Number(row.active_conversations),
          storageBytes: Number(row.storage_bytes),
        };
        const limits = effectiveLimits(state.plan, state.overrides);
        return {
          organizationId: row.id,
          name: row.name,
          slug: row.slug,
          plan: state.plan,
          subscriptionStatus: state.status,
          trialEndsAt: state.trialEndsAt,
          readOnly: readOnlyReason(state, now) !== null,
          overrides: state.overrides,
          billingProvider: row.billing_provider === 'stripe' ? 'stripe' : 'manual',
          usage: Object.fromEntries(
            USAGE_METRICS.map((metric) => [
              metric,
              { used: used[metric], limit: metricLimit(limits, metric) },
            ]),
          ) as PlatformUsageRow['usage'],
        };
      });
    });
  }

  /** This month's message counter per organization, each in its own time zone. */
  private async currentMessages(
    tx: Tx,
    orgs: { id: string; timezone: string }[],
    now: Date,
  ): Promise<Map<string, number>> {
    const counters = await tx.usageCounter.findMany({
      where: { metric: 'messages', periodStart: { gte: new Date(now.getTime() - 45 * 24 * 3600 * 1000) } },
      select: { organizationId: true, periodStart: true, value: true },
    });
    const periodOf = new Map(
      orgs.map((org) => [org.id, usagePeriodAt(safeTimeZone(org.timezone), now).start]),
    );
    const result = new Map<string, number>();
    for (const counter of counters) {
      if (periodOf.get(counter.organizationId) === counter.periodStart.toISOString().slice(0, 10)) {
        result.set(counter.organizationId, Number(counter.value));
      }
    }
    return result;
  }
}
