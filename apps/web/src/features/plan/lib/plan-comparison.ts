import {
  CONNECTABLE_CHANNEL_FEATURES,
  FEATURE_LABELS,
  FEATURES,
  type Feature,
  LIMIT_KEYS,
  type LimitKey,
  PLAN_ORDER,
  PLANS,
  type PlanName,
  planRank,
} from '@stayzr/shared';

/**
 * Features that work in Stayzr today: the channels the catalog can connect, and AI replies from the
 * hotel's knowledge (the worker's ai queue). The plan table lists every feature a plan includes, and says
 * which are still to come, so nobody buys a plan for something they cannot use yet.
 */
export const AVAILABLE_FEATURES: ReadonlySet<Feature> = new Set<Feature>([
  ...CONNECTABLE_CHANNEL_FEATURES,
  'aiAutomation',
]);

export const FEATURE_DESCRIPTIONS: Record<Feature, string> = {
  smsIntegration: 'Text with guests from the hotel’s number',
  emailIntegration: 'Guest emails in the same inbox',
  whatsappIntegration: 'Chat with guests on WhatsApp',
  aiAutomation: 'Answers guests’ common questions from your knowledge base, hands the rest to staff',
  workflowAutomation: 'Pre-arrival and post-stay messages, rules',
  advancedAnalytics: 'Response times, volumes, team reports',
  customBranding: 'Your colours and logo',
  apiAccess: 'Connect your PMS and tools',
  multiPropertyManagement: 'Several hotels in one account',
};

export const LIMIT_LABELS: Record<LimitKey, string> = {
  maxUsers: 'Users',
  maxGuests: 'Guests',
  maxMessagesPerMonth: 'Messages',
  maxActiveConversations: 'Active conversations',
  maxStorageGB: 'Storage',
};

const count = new Intl.NumberFormat('en-US');

/** How a limit reads in the plan table: "1,000 a month", "5 GB", "Unlimited". */
export function formatPlanLimit(key: LimitKey, value: number | null): string {
  if (value === null) return 'Unlimited';
  if (key === 'maxMessagesPerMonth') return `${count.format(value)} a month`;
  if (key === 'maxStorageGB') return `${count.format(value)} GB`;
  return count.format(value);
}

export function formatPlanPrice(plan: PlanName): string {
  const { monthlyPriceUsd, selfServe } = PLANS[plan];
  // Enterprise is arranged per contract: the catalog's price is where it starts.
  return `${selfServe ? '' : 'From '}$${count.format(monthlyPriceUsd)} / month`;
}

export type ComparisonCell = { kind: 'text'; text: string } | { kind: 'check'; included: boolean };

export interface ComparisonRow {
  key: string;
  group: 'Price' | 'Limits' | 'Features';
  label: string;
  description?: string;
  /** The feature is in the catalog but not built yet. */
  comingSoon?: boolean;
  cells: Record<PlanName, ComparisonCell>;
}

function cellsOf(cell: (plan: PlanName) => ComparisonCell): Record<PlanName, ComparisonCell> {
  return Object.fromEntries(PLAN_ORDER.map((plan) => [plan, cell(plan)])) as Record<PlanName, ComparisonCell>;
}

/** Every row of the comparison table, cheapest plan first in each row: price, each limit, each feature. */
export function planComparisonRows(): ComparisonRow[] {
  const price: ComparisonRow = {
    key: 'price',
    group: 'Price',
    label: 'Price',
    cells: cellsOf((plan) => ({ kind: 'text', text: formatPlanPrice(plan) })),
  };
  const limits = LIMIT_KEYS.map(
    (key): ComparisonRow => ({
      key,
      group: 'Limits',
      label: LIMIT_LABELS[key],
      cells: cellsOf((plan) => ({ kind: 'text', text: formatPlanLimit(key, PLANS[plan].limits[key]) })),
    }),
  );
  const features = FEATURES.map(
    (feature): ComparisonRow => ({
      key: feature,
      group: 'Features',
      label: FEATURE_LABELS[feature],
      description: FEATURE_DESCRIPTIONS[feature],
      comingSoon: !AVAILABLE_FEATURES.has(feature),
      cells: cellsOf((plan) => ({ kind: 'check', included: PLANS[plan].features[feature] })),
    }),
  );
  return [price, ...limits, ...features];
}

/** What the plan table offers for `target`: nothing for people who cannot change the plan. */
export type PlanAction = 'current' | 'upgrade' | 'downgrade' | 'request' | null;

export function planActionFor(target: PlanName, current: PlanName, canChange: boolean): PlanAction {
  if (target === current) return 'current';
  if (!canChange) return null;
  if (!PLANS[target].selfServe) return 'request';
  return planRank(target) > planRank(current) ? 'upgrade' : 'downgrade';
}

export interface PlanChange {
  limits: { key: LimitKey; label: string; from: string; to: string }[];
  gained: Feature[];
  lost: Feature[];
}

/** What moving from one plan to another changes, for the confirmation ("Users: 5 → 25", "+ WhatsApp"). */
export function planChanges(from: PlanName, to: PlanName): PlanChange {
  const before = PLANS[from];
  const after = PLANS[to];
  return {
    limits: LIMIT_KEYS.filter((key) => before.limits[key] !== after.limits[key]).map((key) => ({
      key,
      label: LIMIT_LABELS[key],
      from: formatPlanLimit(key, before.limits[key]),
      to: formatPlanLimit(key, after.limits[key]),
    })),
    gained: FEATURES.filter((feature) => after.features[feature] && !before.features[feature]),
    lost: FEATURES.filter((feature) => before.features[feature] && !after.features[feature]),
  };
}
