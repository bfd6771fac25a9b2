import type { Tx } from '@stayzr/db';
import {
  type Feature,
  formatUsage,
  metricLimit,
  USAGE_METRICS,
  type UsageMetric,
} from '../../billing/plans.js';
import type { UsageDto, UsageMetricDto } from '../../billing/types.js';
import {
  assertFeature,
  assertWritable,
  checkUsageInTx,
  consumeUsageInTx,
  isMonthlyMetric,
  loadSubscriptionState,
  measureAllGauges,
  monthlyValue,
  type SubscriptionState,
  type UsageSnapshot,
} from '../billing/enforcement.js';
import { usagePeriodAt } from '../billing/usage-period.js';
import type { ServiceDeps } from './service-deps.js';
import { requireTenant, type TenantContext } from './tenant-context.js';

/**
 * What the organization's plan allows, for one tenant context: the object every tenant service holds
 * as `this.plan`, and what featureProcedure and jobs build on their own (jobs from
 * `systemContext(organizationId, 'job')`, checking again when they run, not only when queued).
 * Everything reads the organization's row afresh, so a plan change takes effect at once.
 */
export class PlanGate {
  readonly organizationId: string;

  constructor(
    private readonly deps: Pick<ServiceDeps, 'db'>,
    ctx: TenantContext | null | undefined,
  ) {
    this.organizationId = requireTenant(ctx).organizationId;
  }

  private inTenant<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.db.withTenant(this.organizationId, fn);
  }

  state(): Promise<SubscriptionState> {
    return this.inTenant((tx) => loadSubscriptionState(tx, this.organizationId));
  }

  /**
   * FEATURE_NOT_IN_PLAN unless the organization's plan includes `feature`. Jobs call it again when they
   * run, so a downgrade between queueing and running is honoured.
   */
  async requireFeature(feature: Feature): Promise<void> {
    assertFeature(await this.state(), feature);
  }

  /** SUBSCRIPTION_INACTIVE while past due, canceled or after the trial: staff can read, not send or change settings. */
  async requireWritable(): Promise<void> {
    assertWritable(await this.state());
  }

  /** QUOTA_EXCEEDED if `amount` more of `metric` would not fit; takes nothing. */
  checkUsage(metric: UsageMetric, amount = 1): Promise<UsageSnapshot> {
    return this.inTenant((tx) => checkUsageInTx(tx, this.organizationId, metric, amount));
  }

  /**
   * Takes `amount` of `metric` in the caller's transaction (atomic), or throws QUOTA_EXCEEDED. A monthly
   * counter stays locked until the transaction ends: make it the last statement.
   */
  consumeUsage(tx: Tx, metric: UsageMetric, amount = 1, state?: SubscriptionState): Promise<UsageSnapshot> {
    return consumeUsageInTx(tx, this.organizationId, metric, amount, new Date(), state);
  }

  /** Every metric against its limit, for the usage bars. */
  usage(now: Date = new Date()): Promise<UsageDto> {
    return this.inTenant(async (tx) => {
      const state = await loadSubscriptionState(tx, this.organizationId);
      const period = usagePeriodAt(state.timezone, now);
      const gauges = await measureAllGauges(tx, this.organizationId);
      const messages = await monthlyValue(tx, this.organizationId, 'messages', period);
      const metrics = USAGE_METRICS.map((metric): UsageMetricDto => {
        const monthly = isMonthlyMetric(metric);
        const used = monthly ? messages : gauges[metric];
        const limit = metricLimit(state.limits, metric);
        return {
          metric,
          monthly,
          used,
          limit,
          percent: limit === null ? null : limit === 0 ? 100 : Math.round((used / limit) * 1000) / 10,
          summary: formatUsage(metric, used, limit),
        };
      });
      return {
        plan: state.plan,
        timezone: state.timezone,
        period: { start: period.start, startsAt: period.startsAt, endsAt: period.endsAt },
        metrics,
      };
    });
  }
}
