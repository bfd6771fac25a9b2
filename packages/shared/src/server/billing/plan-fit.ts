import type { Tx } from '@stayzr/db';
import { countFeaturesInUse } from '@stayzr/db/queries';
import {
  effectiveLimits,
  FEATURE_LABELS,
  type Feature,
  formatCount,
  formatLimit,
  metricLimit,
  PLANS,
  type PlanName,
  USAGE_METRICS,
} from '../../billing/plans.js';
import type { PlanMisfit } from '../../billing/types.js';
import { isMonthlyMetric, measureAllGauges, monthlyValue, type SubscriptionState } from './enforcement.js';
import { usagePeriodAt } from './usage-period.js';

/** How many of the things each feature governs the organization has switched on. */
async function featuresInUse(tx: Tx, organizationId: string): Promise<Partial<Record<Feature, number>>> {
  const row = await countFeaturesInUse(tx, organizationId);
  const n = (key: keyof typeof row) => row[key];
  return {
    whatsappIntegration: n('whatsapp'),
    smsIntegration: n('sms'),
    emailIntegration: n('email'),
    aiAutomation: n('ai'),
    workflowAutomation: n('automations'),
    apiAccess: n('api_keys'),
    multiPropertyManagement: n('extra_properties'),
    customBranding: n('branding'),
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function featureMisfitMessage(feature: Feature, inUse: number, planLabel: string): string {
  const notIn = `${FEATURE_LABELS[feature]} ${feature === 'aiAutomation' || feature === 'workflowAutomation' ? 'are' : 'is'} not in the ${planLabel} plan`;
  switch (feature) {
    case 'whatsappIntegration':
      return `${plural(inUse, 'WhatsApp channel', 'WhatsApp channels')}, ${notIn}`;
    case 'smsIntegration':
      return `${plural(inUse, 'SMS channel', 'SMS channels')}, ${notIn}`;
    case 'emailIntegration':
      return `${plural(inUse, 'email channel', 'email channels')}, ${notIn}`;
    case 'aiAutomation':
      return `AI replies are switched on, ${notIn}`;
    case 'workflowAutomation':
      return `${plural(inUse, 'enabled automation', 'enabled automations')}, ${notIn}`;
    case 'apiAccess':
      return `${plural(inUse, 'active API key', 'active API keys')}, ${notIn}`;
    case 'multiPropertyManagement':
      return `${plural(inUse + 1, 'property', 'properties')}, the ${planLabel} plan allows 1`;
    case 'customBranding':
      return `custom branding is set up, ${notIn}`;
    case 'advancedAnalytics':
      return notIn;
  }
}

/**
 * Everything the organization has that `plan` (with the organization's limit overrides) would not
 * allow: "12 users, the Starter plan allows 5". Empty when the organization fits.
 */
export async function planMisfits(
  tx: Tx,
  state: SubscriptionState,
  plan: PlanName,
  now: Date = new Date(),
): Promise<PlanMisfit[]> {
  const target = PLANS[plan];
  const limits = effectiveLimits(plan, state.overrides);
  const gauges = await measureAllGauges(tx, state.organizationId);
  const period = usagePeriodAt(state.timezone, now);
  const messages = await monthlyValue(tx, state.organizationId, 'messages', period);
  const misfits: PlanMisfit[] = [];
  for (const metric of USAGE_METRICS) {
    const limit = metricLimit(limits, metric);
    const used = isMonthlyMetric(metric) ? messages : gauges[metric];
    if (limit !== null && used > limit) {
      misfits.push({
        kind: 'limit',
        metric,
        used,
        limit,
        message: `${formatCount(metric, used)}${isMonthlyMetric(metric) ? ' this month' : ''}, the ${target.label} plan allows ${formatLimit(metric, limit)}`,
      });
    }
  }
  const inUse = await featuresInUse(tx, state.organizationId);
  for (const [feature, count] of Object.entries(inUse) as [Feature, number][]) {
    if (count > 0 && !target.features[feature]) {
      misfits.push({
        kind: 'feature',
        feature,
        inUse: count,
        message: featureMisfitMessage(feature, count, target.label),
      });
    }
  }
  return misfits;
}
