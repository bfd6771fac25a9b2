import type { PlanName } from '../../billing/plans.js';
import type { BillingInvoiceDto, BillingProviderName } from '../../billing/types.js';

/** The organization's side of a billing relationship, as stored on the organization row. */
export interface BillingAccount {
  organizationId: string;
  organizationName: string;
  plan: PlanName;
  /** The provider the organization is billed through (organizations.billing_provider). */
  provider: string;
  customerId: string | null;
  subscriptionId: string | null;
}

export type BillingChangeOutcome =
  /** The provider accepted the change (or needs nothing): apply the plan now. */
  | { kind: 'apply' }
  /** The customer must finish on the provider's hosted page; a webhook applies the plan afterwards. */
  | { kind: 'checkout'; url: string };

export interface BillingUrls {
  successUrl: string;
  cancelUrl: string;
}

/**
 * How plan changes are paid for. `manual`: the Stayzr team invoices outside the app (super admins set
 * plan and status, org admins' changes apply at once and are audited for the platform). `stripe`:
 * Checkout sessions and subscription updates, with state coming back through signed webhooks.
 */
export interface BillingProvider {
  readonly name: BillingProviderName;
  /** Upgrades without a provider subscription go through a hosted checkout page. */
  readonly checkoutEnabled: boolean;
  changePlan(account: BillingAccount, plan: PlanName, urls: BillingUrls): Promise<BillingChangeOutcome>;
  invoices(account: BillingAccount): Promise<BillingInvoiceDto[]>;
}

export const manualBilling: BillingProvider = {
  name: 'manual',
  checkoutEnabled: false,
  changePlan: async () => ({ kind: 'apply' }),
  invoices: async () => [],
};
