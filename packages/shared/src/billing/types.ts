import type {
  Feature,
  LimitOverrides,
  PlanLimits,
  PlanName,
  SubscriptionStatusValue,
  UsageMetric,
} from './plans.js';

/** What the API returns about plans, usage and billing; browser-safe. */

export type BillingProviderName = 'manual' | 'stripe';

export interface SubscriptionDto {
  organizationId: string;
  plan: PlanName;
  status: SubscriptionStatusValue;
  trialEndsAt: Date | null;
  /** past_due, canceled or an ended trial: staff can read, but not send or change settings. */
  readOnly: boolean;
  /** The banner text when read-only, else null. */
  readOnlyReason: string | null;
  /** The plan's limits with this organization's overrides applied; null = unlimited. */
  limits: PlanLimits;
  overrides: LimitOverrides | null;
  features: Record<Feature, boolean>;
  billing: {
    provider: BillingProviderName;
    /** True when upgrades go through a hosted checkout (Stripe) rather than applying directly. */
    checkoutEnabled: boolean;
    /** The organization has a customer account at the billing provider (invoices exist). */
    hasBillingAccount: boolean;
  };
}

export interface UsageMetricDto {
  metric: UsageMetric;
  /** Monthly metrics reset each calendar month in the hotel's time zone; gauges are counted live. */
  monthly: boolean;
  used: number;
  /** In the metric's unit (bytes for storage); null = unlimited. */
  limit: number | null;
  /** Share of the limit used, 0–100 (may exceed 100 when guests wrote in past the limit); null when unlimited. */
  percent: number | null;
  /** "812 of 1,000 messages this month", for the usage bar. */
  summary: string;
}

export interface UsageDto {
  plan: PlanName;
  timezone: string;
  period: { start: string; startsAt: Date; endsAt: Date };
  metrics: UsageMetricDto[];
}

/** Something the organization uses that a smaller plan would not allow. */
export type PlanMisfit =
  | { kind: 'limit'; metric: UsageMetric; used: number; limit: number; message: string }
  | { kind: 'feature'; feature: Feature; inUse: number; message: string };

export type ChangePlanResult =
  | { kind: 'changed'; subscription: SubscriptionDto }
  | { kind: 'unchanged'; subscription: SubscriptionDto }
  /** Stripe: finish the upgrade on the hosted checkout page; the plan changes when it completes. */
  | { kind: 'checkout'; url: string };

export interface NotificationDto {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  data: unknown;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  items: NotificationDto[];
  nextCursor: string | null;
  unreadCount: number;
}

export interface BillingInvoiceDto {
  id: string;
  number: string | null;
  createdAt: Date;
  /** Minor units (cents). */
  amountDue: number;
  amountPaid: number;
  currency: string;
  status: string | null;
  hostedInvoiceUrl: string | null;
}

export interface PlatformUsageRow {
  organizationId: string;
  name: string;
  slug: string;
  plan: PlanName;
  subscriptionStatus: SubscriptionStatusValue;
  trialEndsAt: Date | null;
  readOnly: boolean;
  overrides: LimitOverrides | null;
  billingProvider: BillingProviderName;
  usage: Record<UsageMetric, { used: number; limit: number | null }>;
}

export interface PlatformSubscriptionResult {
  subscription: SubscriptionDto;
  /** What the organization uses beyond the new limits; super admins may set them anyway. */
  misfits: PlanMisfit[];
}
