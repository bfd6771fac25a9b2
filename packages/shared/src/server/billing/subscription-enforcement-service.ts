import type { Tx } from '@stayzr/db';
import {
  type Feature,
  formatUsage,
  metricLimit,
  USAGE_METRICS,
  type UsageMetric,
} from '../../billing/plans.js';
import type { UsageDto, UsageMetricDto } from '../../billing/types.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import {
  isMonthlyMetric,
  loadSubscriptionState,
  measureAllGauges,
  monthlyValue,
  type SubscriptionState,
  type UsageSnapshot,
} from './enforcement.js';
import { usagePeriodAt } from './usage-period.js';

/**
 * What the plan allows, for request handlers and jobs alike. Jobs build it from
 * `systemContext(organizationId, 'job')` and check again when they run, not only when queued.
 */
export class SubscriptionEnforcementService extends BaseAuthenticatedService {
  override requireFeature(feature: Feature): Promise<void> {
    return super.requireFeature(feature);
  }

  override requireWritable(): Promise<void> {
    return super.requireWritable();
  }

  override checkUsage(metric: UsageMetric, amount = 1): Promise<UsageSnapshot> {
    return super.checkUsage(metric, amount);
  }

  override consumeUsage(tx: Tx, metric: UsageMetric, amount = 1): Promise<UsageSnapshot> {
    return super.consumeUsage(tx, metric, amount);
  }

  state(): Promise<SubscriptionState> {
    return this.db((tx) => loadSubscriptionState(tx, this.orgId));
  }

  /** Every metric against its limit, for the usage bars. */
  usage(now: Date = new Date()): Promise<UsageDto> {
    return this.db(async (tx) => {
      const state = await loadSubscriptionState(tx, this.orgId);
      const period = usagePeriodAt(state.timezone, now);
      const gauges = await measureAllGauges(tx, this.orgId);
      const messages = await monthlyValue(tx, this.orgId, 'messages', period);
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
