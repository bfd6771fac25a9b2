import { z } from 'zod';

/**
 * The plan catalog: what each plan allows. Browser-safe, so the web app shows the same numbers the
 * server enforces. Limits are `null` when unlimited.
 */

export const PLAN_NAMES = ['starter', 'professional', 'enterprise'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];
export const ZPlanName = z.enum(PLAN_NAMES, {
  error: (issue) => `Unknown plan ${JSON.stringify(issue.input)}: choose one of ${PLAN_NAMES.join(', ')}`,
});

export const FEATURES = [
  'whatsappIntegration',
  'smsIntegration',
  'emailIntegration',
  'aiAutomation',
  'workflowAutomation',
  'advancedAnalytics',
  'customBranding',
  'apiAccess',
  'multiPropertyManagement',
] as const;
export type Feature = (typeof FEATURES)[number];
export const ZFeature = z.enum(FEATURES);

export const LIMIT_KEYS = [
  'maxUsers',
  'maxGuests',
  'maxMessagesPerMonth',
  'maxActiveConversations',
  'maxStorageGB',
] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];
export type PlanLimits = Record<LimitKey, number | null>;

export interface Plan {
  name: PlanName;
  label: string;
  description: string;
  /** US dollars per month, billed monthly; enterprise is a starting price. */
  monthlyPriceUsd: number;
  /** Enterprise is arranged with the Stayzr team (custom limits, contract), not bought self-serve. */
  selfServe: boolean;
  limits: PlanLimits;
  features: Record<Feature, boolean>;
}

export const FEATURE_LABELS: Record<Feature, string> = {
  whatsappIntegration: 'WhatsApp',
  smsIntegration: 'SMS',
  emailIntegration: 'Email',
  aiAutomation: 'AI replies',
  workflowAutomation: 'Automations',
  advancedAnalytics: 'Advanced analytics',
  customBranding: 'Custom branding',
  apiAccess: 'API access',
  multiPropertyManagement: 'Multiple properties',
};

export const PLANS: Readonly<Record<PlanName, Plan>> = {
  starter: {
    name: 'starter',
    label: 'Starter',
    description: 'Email and SMS for a small hotel team.',
    monthlyPriceUsd: 49,
    selfServe: true,
    limits: {
      maxUsers: 5,
      maxGuests: 1_000,
      maxMessagesPerMonth: 1_000,
      maxActiveConversations: 200,
      maxStorageGB: 5,
    },
    features: {
      whatsappIntegration: false,
      smsIntegration: true,
      emailIntegration: true,
      aiAutomation: false,
      workflowAutomation: false,
      advancedAnalytics: false,
      customBranding: false,
      apiAccess: false,
      multiPropertyManagement: false,
    },
  },
  professional: {
    name: 'professional',
    label: 'Professional',
    description: 'Adds WhatsApp, AI replies, automations and analytics.',
    monthlyPriceUsd: 149,
    selfServe: true,
    limits: {
      maxUsers: 25,
      maxGuests: 10_000,
      maxMessagesPerMonth: 10_000,
      maxActiveConversations: 2_000,
      maxStorageGB: 50,
    },
    features: {
      whatsappIntegration: true,
      smsIntegration: true,
      emailIntegration: true,
      aiAutomation: true,
      workflowAutomation: true,
      advancedAnalytics: true,
      customBranding: false,
      apiAccess: false,
      multiPropertyManagement: false,
    },
  },
  enterprise: {
    name: 'enterprise',
    label: 'Enterprise',
    description: 'Everything, unlimited, for hotel groups: branding, API and several properties.',
    monthlyPriceUsd: 499,
    selfServe: false,
    limits: {
      maxUsers: null,
      maxGuests: null,
      maxMessagesPerMonth: null,
      maxActiveConversations: null,
      maxStorageGB: null,
    },
    features: {
      whatsappIntegration: true,
      smsIntegration: true,
      emailIntegration: true,
      aiAutomation: true,
      workflowAutomation: true,
      advancedAnalytics: true,
      customBranding: true,
      apiAccess: true,
      multiPropertyManagement: true,
    },
  },
};

/** Cheapest first: the order of the comparison table and of upgrades. */
export const PLAN_ORDER: readonly PlanName[] = PLAN_NAMES;

export function planRank(plan: PlanName): number {
  return PLAN_ORDER.indexOf(plan);
}

export function isPlanName(value: string): value is PlanName {
  return (PLAN_NAMES as readonly string[]).includes(value);
}

export function planHasFeature(plan: PlanName, feature: Feature): boolean {
  return PLANS[plan].features[feature];
}

/** The cheapest plan that includes `feature` (every feature is in enterprise). */
export function cheapestPlanWith(feature: Feature): PlanName {
  return PLAN_ORDER.find((plan) => PLANS[plan].features[feature]) ?? 'enterprise';
}

/** Per-organization limits negotiated by super admins; null = unlimited, absent = the plan's value. */
const ZLimitOverride = z.number().int().min(0).max(1_000_000_000).nullable().optional();
export const ZLimitOverrides = z
  .object({
    maxUsers: ZLimitOverride,
    maxGuests: ZLimitOverride,
    maxMessagesPerMonth: ZLimitOverride,
    maxActiveConversations: ZLimitOverride,
    maxStorageGB: ZLimitOverride,
  })
  .strict();
export type LimitOverrides = z.infer<typeof ZLimitOverrides>;

/** The plan's limits with the organization's overrides on top. */
export function effectiveLimits(plan: PlanName, overrides?: LimitOverrides | null): PlanLimits {
  const limits = { ...PLANS[plan].limits };
  if (overrides) {
    for (const key of LIMIT_KEYS) {
      const value = overrides[key];
      if (value !== undefined) limits[key] = value;
    }
  }
  return limits;
}

// Usage metrics ---------------------------------------------------------------------------------------

/**
 * What is measured against the limits. `messages` is counted per calendar month in the hotel's time
 * zone; the others are gauges counted from the data when asked.
 */
export const USAGE_METRICS = ['messages', 'users', 'guests', 'activeConversations', 'storageBytes'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];
export const ZUsageMetric = z.enum(USAGE_METRICS);

export const MONTHLY_METRICS: ReadonlySet<UsageMetric> = new Set(['messages']);

export const METRIC_LIMIT: Record<UsageMetric, LimitKey> = {
  messages: 'maxMessagesPerMonth',
  users: 'maxUsers',
  guests: 'maxGuests',
  activeConversations: 'maxActiveConversations',
  storageBytes: 'maxStorageGB',
};

export const METRIC_LABELS: Record<UsageMetric, { one: string; many: string }> = {
  messages: { one: 'message', many: 'messages' },
  users: { one: 'user', many: 'users' },
  guests: { one: 'guest', many: 'guests' },
  activeConversations: { one: 'active conversation', many: 'active conversations' },
  storageBytes: { one: 'byte of storage', many: 'bytes of storage' },
};

export const BYTES_PER_GB = 1024 ** 3;

/** The limit of `metric` in the metric's own unit (bytes for storage); null = unlimited. */
export function metricLimit(limits: PlanLimits, metric: UsageMetric): number | null {
  const value = limits[METRIC_LIMIT[metric]];
  if (value === null) return null;
  return metric === 'storageBytes' ? value * BYTES_PER_GB : value;
}

/** The cheapest plan whose (un-overridden) limit allows `needed` of `metric`, if any. */
export function cheapestPlanAllowing(metric: UsageMetric, needed: number): PlanName | null {
  return (
    PLAN_ORDER.find((plan) => {
      const limit = metricLimit(PLANS[plan].limits, metric);
      return limit === null || needed <= limit;
    }) ?? null
  );
}

/** Percentages of a limit at which the org admins are notified, once per period. */
export const USAGE_ALERT_THRESHOLDS = [80, 100] as const;

export function formatCount(metric: UsageMetric, value: number): string {
  if (metric === 'storageBytes') return formatBytes(value);
  const label = METRIC_LABELS[metric];
  return `${value.toLocaleString('en-US')} ${value === 1 ? label.one : label.many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= BYTES_PER_GB) return `${+(bytes / BYTES_PER_GB).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** "1,000 messages a month" / "5 users" / "5 GB" — how a limit reads in messages and tables. */
export function formatLimit(metric: UsageMetric, limit: number | null): string {
  if (limit === null) return `unlimited ${METRIC_LABELS[metric].many}`;
  if (metric === 'messages') return `${formatCount(metric, limit)} a month`;
  return formatCount(metric, limit);
}

/** "812 of 1,000 messages this month", "3 of 5 users", "1.2 GB of 5 GB", "40 guests (unlimited)". */
export function formatUsage(metric: UsageMetric, used: number, limit: number | null): string {
  const suffix = MONTHLY_METRICS.has(metric) ? ' this month' : '';
  if (limit === null) return `${formatCount(metric, used)}${suffix} (unlimited)`;
  if (metric === 'storageBytes') return `${formatBytes(used)} of ${formatBytes(limit)}`;
  return `${used.toLocaleString('en-US')} of ${formatCount(metric, limit)}${suffix}`;
}

// Subscription status ----------------------------------------------------------------------------------

export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'canceled'] as const;
export type SubscriptionStatusValue = (typeof SUBSCRIPTION_STATUSES)[number];
export const ZSubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);
