import {
  cheapestPlanWith,
  effectiveLimits,
  FEATURE_LABELS,
  type Feature,
  formatCount,
  formatLimit,
  type LimitOverrides,
  metricLimit,
  PLAN_ORDER,
  PLANS,
  type PlanName,
  planRank,
  type UsageMetric,
} from '@stayzr/shared';

/** Why something is unavailable and which plan makes it available; `requiredPlan` null: no plan does. */
export interface UpgradeHintModel {
  title: string;
  body: string;
  requiredPlan: PlanName | null;
}

/** "Upgrade to Professional" for self-serve plans, "Ask for Enterprise" for plans set up with Stayzr. */
export function upgradeLabel(plan: PlanName): string {
  return PLANS[plan].selfServe ? `Upgrade to ${PLANS[plan].label}` : `Ask for ${PLANS[plan].label}`;
}

export function featureHint(feature: Feature, currentPlan: PlanName): UpgradeHintModel {
  const requiredPlan = cheapestPlanWith(feature);
  const label = FEATURE_LABELS[feature];
  const required = PLANS[requiredPlan].label;
  return {
    title: `${label} is in the ${required} plan`,
    body: `Your ${PLANS[currentPlan].label} plan does not include ${label}; the ${required} plan does.`,
    requiredPlan,
  };
}

/**
 * The next plan up whose limit, with this organization's overrides, allows `needed` (mirrors the server,
 * which names the same plan in QUOTA_EXCEEDED).
 */
export function nextPlanAllowing(
  plan: PlanName,
  overrides: LimitOverrides | null,
  metric: UsageMetric,
  needed: number,
): PlanName | null {
  return (
    PLAN_ORDER.find((candidate) => {
      if (planRank(candidate) <= planRank(plan)) return false;
      const limit = metricLimit(effectiveLimits(candidate, overrides), metric);
      return limit === null || needed <= limit;
    }) ?? null
  );
}

export function isAtLimit(used: number, limit: number | null): boolean {
  return limit !== null && used >= limit;
}

export function limitHint({
  metric,
  used,
  limit,
  plan,
  overrides,
}: {
  metric: UsageMetric;
  used: number;
  limit: number;
  plan: PlanName;
  overrides: LimitOverrides | null;
}): UpgradeHintModel {
  const planLabel = PLANS[plan].label;
  const requiredPlan = nextPlanAllowing(plan, overrides, metric, used + 1);
  const title =
    metric === 'users'
      ? `Your team is at its limit of ${formatCount(metric, limit)}`
      : metric === 'messages'
        ? `You have used all ${formatLimit(metric, limit)}`
        : `You have reached the limit of ${formatCount(metric, limit)}`;
  const current =
    metric === 'users'
      ? `${used.toLocaleString('en-US')} of ${formatCount(metric, limit)} on the ${planLabel} plan, pending invitations included.`
      : `${formatCount(metric, used)} of ${formatLimit(metric, limit)} on the ${planLabel} plan.`;
  const next = requiredPlan
    ? ` The ${PLANS[requiredPlan].label} plan allows ${formatLimit(
        metric,
        metricLimit(effectiveLimits(requiredPlan, overrides), metric),
      )}.`
    : ' Contact the Stayzr team to raise this limit.';
  return { title, body: current + next, requiredPlan };
}
