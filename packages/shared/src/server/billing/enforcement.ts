import type { Tx } from '@stayzr/db';
import {
  incrementMonthlyUsage,
  incrementMonthlyUsageWithin,
  lockGaugeCapacity,
  measureAllGauges,
  measureGauge,
  monthlyUsageValue,
} from '@stayzr/db/queries';
import {
  cheapestPlanWith,
  effectiveLimits,
  FEATURE_LABELS,
  type Feature,
  formatCount,
  formatLimit,
  type LimitOverrides,
  MONTHLY_METRICS,
  metricLimit,
  PLAN_ORDER,
  PLANS,
  type PlanLimits,
  type PlanName,
  planRank,
  type SubscriptionStatusValue,
  USAGE_ALERT_THRESHOLDS,
  type UsageMetric,
  ZLimitOverrides,
} from '../../billing/plans.js';
import { CHANNEL_FEATURE } from '../../channels/channel-types.js';
import { AppError } from '../../errors.js';
import type { ChannelTypeValue } from '../../events.js';
import { safeTimeZone, type UsagePeriod, usagePeriodAt } from './usage-period.js';

/**
 * The enforcement core behind the plan gate (kernel/plan-gate.ts, which every tenant service, feature
 * procedure and job uses) and the platform's billing views: everything takes the caller's tenant
 * transaction, so a check and the write it guards can commit or roll back together.
 */

export interface SubscriptionState {
  organizationId: string;
  plan: PlanName;
  status: SubscriptionStatusValue;
  trialEndsAt: Date | null;
  timezone: string;
  overrides: LimitOverrides | null;
  /** The plan's limits with the overrides applied. */
  limits: PlanLimits;
}

/** Monthly metrics can also be counted without a limit (guests' inbound messages). */
export type MonthlyUsageMetric = 'messages';
export type GaugeMetric = Exclude<UsageMetric, MonthlyUsageMetric>;

export interface UsageSnapshot {
  metric: UsageMetric;
  /** Usage after the call (consume/record) or now (check). */
  used: number;
  limit: number | null;
  period: UsagePeriod;
}

/** Overrides are written only through the zod schema; anything else in the column is ignored. */
export function parseOverrides(value: unknown): LimitOverrides | null {
  if (value === null || value === undefined) return null;
  const parsed = ZLimitOverrides.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function toSubscriptionState(org: {
  id: string;
  plan: PlanName;
  subscriptionStatus: SubscriptionStatusValue;
  trialEndsAt: Date | null;
  timezone: string;
  limitOverrides: unknown;
}): SubscriptionState {
  const overrides = parseOverrides(org.limitOverrides);
  return {
    organizationId: org.id,
    plan: org.plan,
    status: org.subscriptionStatus,
    trialEndsAt: org.trialEndsAt,
    timezone: safeTimeZone(org.timezone),
    overrides,
    limits: effectiveLimits(org.plan, overrides),
  };
}

export async function loadSubscriptionState(tx: Tx, organizationId: string): Promise<SubscriptionState> {
  const org = await tx.organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      plan: true,
      subscriptionStatus: true,
      trialEndsAt: true,
      timezone: true,
      limitOverrides: true,
    },
  });
  if (!org) throw new AppError('NOT_FOUND', 'Organization not found');
  return toSubscriptionState(org);
}

// Features -----------------------------------------------------------------------------------------------

export function featureNotInPlanError(plan: PlanName, feature: Feature): AppError {
  const requiredPlan = cheapestPlanWith(feature);
  const label = FEATURE_LABELS[feature];
  return new AppError(
    'FEATURE_NOT_IN_PLAN',
    `${label} is not in the ${PLANS[plan].label} plan. Upgrade to ${PLANS[requiredPlan].label} to use it.`,
    { feature, plan, requiredPlan },
  );
}

export function assertFeature(state: SubscriptionState, feature: Feature): void {
  if (!PLANS[state.plan].features[feature]) throw featureNotInPlanError(state.plan, feature);
}

// Read-only mode -----------------------------------------------------------------------------------------

function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone }).format(date);
}

/** Why the organization cannot send or change settings right now, or null when it can. */
export function readOnlyReason(state: SubscriptionState, now: Date = new Date()): string | null {
  switch (state.status) {
    case 'past_due':
      return 'Your subscription is past due; sending and settings are paused until billing is resolved.';
    case 'canceled':
      return 'Your subscription is canceled; sending and settings are paused until a plan is active again.';
    case 'trialing':
      if (state.trialEndsAt && state.trialEndsAt.getTime() <= now.getTime()) {
        return `Your free trial ended on ${formatDay(state.trialEndsAt, state.timezone)}; sending and settings are paused until you choose a plan.`;
      }
      return null;
    case 'active':
      return null;
  }
}

export function assertWritable(state: SubscriptionState, now: Date = new Date()): void {
  const reason = readOnlyReason(state, now);
  if (reason) {
    throw new AppError('SUBSCRIPTION_INACTIVE', reason, {
      status: state.status,
      trialEndsAt: state.trialEndsAt?.toISOString() ?? null,
    });
  }
}

// Measuring ----------------------------------------------------------------------------------------------

/** Gauges are measured by the usage queries of `@stayzr/db/queries`; re-exported for the billing services. */
export { measureAllGauges, measureGauge };

export const GAUGE_METRICS: readonly GaugeMetric[] = [
  'users',
  'guests',
  'activeConversations',
  'storageBytes',
];

export function isMonthlyMetric(metric: UsageMetric): metric is MonthlyUsageMetric {
  return MONTHLY_METRICS.has(metric);
}

export async function monthlyValue(
  tx: Tx,
  organizationId: string,
  metric: MonthlyUsageMetric,
  period: UsagePeriod,
): Promise<number> {
  return monthlyUsageValue(tx, organizationId, metric, period.start);
}

export async function measureUsage(
  tx: Tx,
  state: SubscriptionState,
  metric: UsageMetric,
  now: Date = new Date(),
): Promise<number> {
  if (isMonthlyMetric(metric)) {
    return monthlyValue(tx, state.organizationId, metric, usagePeriodAt(state.timezone, now));
  }
  return measureGauge(tx, state.organizationId, metric);
}

// Limits -------------------------------------------------------------------------------------------------

/** The next plan up whose limit (with this organization's overrides) would allow `needed`. */
export function upgradeFor(state: SubscriptionState, metric: UsageMetric, needed: number): PlanName | null {
  return (
    PLAN_ORDER.find((plan) => {
      if (planRank(plan) <= planRank(state.plan)) return false;
      const limit = metricLimit(effectiveLimits(plan, state.overrides), metric);
      return limit === null || needed <= limit;
    }) ?? null
  );
}

export function quotaExceededError(
  state: SubscriptionState,
  metric: UsageMetric,
  used: number,
  limit: number,
  amount: number,
): AppError {
  const planLabel = PLANS[state.plan].label;
  const upgrade = upgradeFor(state, metric, used + amount);
  const where =
    metric === 'messages'
      ? `You have used ${used.toLocaleString('en-US')} of ${formatLimit(metric, limit)} on the ${planLabel} plan.`
      : metric === 'users'
        ? `Your team has ${formatCount(metric, used)} (pending invitations included) and the ${planLabel} plan allows ${formatCount(metric, limit)}.`
        : `You have ${formatCount(metric, used)} and the ${planLabel} plan allows ${formatCount(metric, limit)}.`;
  const next = upgrade
    ? ` Upgrade to ${PLANS[upgrade].label} for ${formatLimit(metric, metricLimit(effectiveLimits(upgrade, state.overrides), metric))}.`
    : ' Contact Stayzr to raise this limit.';
  return new AppError('QUOTA_EXCEEDED', where + next, {
    metric,
    used,
    limit,
    plan: state.plan,
    requiredPlan: upgrade,
  });
}

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`usage amounts are positive integers, got ${amount}`);
  }
}

/**
 * Takes `amount` units of `metric` inside the caller's transaction, or throws QUOTA_EXCEEDED.
 *
 * Monthly metrics: one INSERT … ON CONFLICT DO UPDATE … WHERE value + n <= limit statement. Postgres
 * re-checks the WHERE against the latest row version under the row lock, so of any number of
 * concurrent callers only those that fit succeed; no row back means refused. Gauges: the count from
 * the data under a transaction-scoped advisory lock, so two concurrent invitations cannot both take
 * the last seat (the caller inserts its row before the lock is released at commit).
 */
export async function consumeUsageInTx(
  tx: Tx,
  organizationId: string,
  metric: UsageMetric,
  amount = 1,
  now: Date = new Date(),
  /** The subscription state the caller already loaded in this transaction. */
  loadedState?: SubscriptionState,
): Promise<UsageSnapshot> {
  assertAmount(amount);
  const state = loadedState ?? (await loadSubscriptionState(tx, organizationId));
  const limit = metricLimit(state.limits, metric);
  const period = usagePeriodAt(state.timezone, now);

  let used: number;
  if (isMonthlyMetric(metric)) {
    if (limit === null) {
      used = await incrementMonthlyUsage(tx, organizationId, metric, period.start, amount);
    } else {
      const total = await incrementMonthlyUsageWithin(
        tx,
        organizationId,
        metric,
        period.start,
        amount,
        limit,
      );
      if (total === null) {
        const current = await monthlyValue(tx, organizationId, metric, period);
        throw quotaExceededError(state, metric, current, limit, amount);
      }
      used = total;
    }
  } else {
    if (limit === null)
      return { metric, used: await measureGauge(tx, organizationId, metric), limit, period };
    await lockGaugeCapacity(tx, organizationId, metric);
    const current = await measureGauge(tx, organizationId, metric);
    if (current + amount > limit) throw quotaExceededError(state, metric, current, limit, amount);
    used = current + amount;
  }
  await recordThresholdAlerts(tx, state, metric, used - amount, used, period);
  return { metric, used, limit, period };
}

/**
 * Counts without ever refusing: guests' inbound messages are always stored and counted. The counter
 * row stays locked until the caller's transaction ends, so callers make this their last statement.
 */
export async function recordUsage(
  tx: Tx,
  organizationId: string,
  metric: MonthlyUsageMetric,
  amount = 1,
  now: Date = new Date(),
  /** The subscription state the caller already loaded in this transaction. */
  loadedState?: SubscriptionState,
): Promise<UsageSnapshot> {
  assertAmount(amount);
  const state = loadedState ?? (await loadSubscriptionState(tx, organizationId));
  const period = usagePeriodAt(state.timezone, now);
  const used = await incrementMonthlyUsage(tx, organizationId, metric, period.start, amount);
  await recordThresholdAlerts(tx, state, metric, used - amount, used, period);
  return { metric, used, limit: metricLimit(state.limits, metric), period };
}

/** Throws QUOTA_EXCEEDED when `amount` more would not fit; takes nothing. */
export async function checkUsageInTx(
  tx: Tx,
  organizationId: string,
  metric: UsageMetric,
  amount = 1,
  now: Date = new Date(),
): Promise<UsageSnapshot> {
  assertAmount(amount);
  const state = await loadSubscriptionState(tx, organizationId);
  const limit = metricLimit(state.limits, metric);
  const used = await measureUsage(tx, state, metric, now);
  if (limit !== null && used + amount > limit) throw quotaExceededError(state, metric, used, limit, amount);
  return { metric, used, limit, period: usagePeriodAt(state.timezone, now) };
}

// Alerts -------------------------------------------------------------------------------------------------

export function usageAlertKey(metric: UsageMetric, threshold: number, period: UsagePeriod): string {
  return `usage:${metric}:${threshold}:${period.key}`;
}

function alertText(
  state: SubscriptionState,
  metric: UsageMetric,
  threshold: number,
  used: number,
  limit: number,
) {
  const planLabel = PLANS[state.plan].label;
  const what = isMonthlyMetric(metric) ? `${formatLimit(metric, limit)}` : formatCount(metric, limit);
  const title =
    threshold >= 100
      ? `You have reached your limit of ${what}`
      : `You have used ${threshold}% of your ${what}`;
  const upgrade = upgradeFor(state, metric, limit + 1);
  const advice = upgrade
    ? ` Upgrade to ${PLANS[upgrade].label} for ${formatLimit(metric, metricLimit(effectiveLimits(upgrade, state.overrides), metric))}.`
    : '';
  const effect =
    threshold >= 100
      ? metric === 'messages'
        ? ' Guests can still write to you, but replies are paused until next month.'
        : ' Nothing more can be added until some is freed.'
      : '';
  return { title, body: `${planLabel} plan: ${formatCount(metric, used)} used.${effect}${advice}` };
}

/**
 * One notification per metric, threshold and period: written when usage reaches 80 % / 100 % of the
 * limit, inside the transaction that took the usage, and deduplicated by (organization, dedupe key).
 */
export async function recordThresholdAlerts(
  tx: Tx,
  state: SubscriptionState,
  metric: UsageMetric,
  before: number,
  after: number,
  period: UsagePeriod,
): Promise<number> {
  const limit = metricLimit(state.limits, metric);
  if (limit === null || limit <= 0) return 0;
  const crossed = USAGE_ALERT_THRESHOLDS.filter(
    (threshold) => before * 100 < threshold * limit && after * 100 >= threshold * limit,
  );
  if (crossed.length === 0) return 0;
  const result = await tx.notification.createMany({
    data: crossed.map((threshold) => ({
      organizationId: state.organizationId,
      kind: 'usage_alert',
      ...alertText(state, metric, threshold, after, limit),
      data: { metric, threshold, used: after, limit, period: period.key },
      dedupeKey: usageAlertKey(metric, threshold, period),
    })),
    skipDuplicates: true,
  });
  return result.count;
}

/** Read-only subscriptions and plans without the channel stop staff, AI and automation sends (never guests). */
export async function assertCanSend(tx: Tx, organizationId: string, channelType: ChannelTypeValue) {
  const state = await loadSubscriptionState(tx, organizationId);
  assertWritable(state);
  assertFeature(state, CHANNEL_FEATURE[channelType]);
}
