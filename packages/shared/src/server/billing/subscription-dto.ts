import type { Tx } from '@stayzr/db';
import { PLANS } from '../../billing/plans.js';
import type { SubscriptionDto } from '../../billing/types.js';
import { AppError } from '../../errors.js';
import type { BillingAccount } from './billing-provider.js';
import { readOnlyReason, type SubscriptionState, toSubscriptionState } from './enforcement.js';

const ORGANIZATION_BILLING_SELECT = {
  id: true,
  name: true,
  plan: true,
  subscriptionStatus: true,
  trialEndsAt: true,
  timezone: true,
  limitOverrides: true,
  billingProvider: true,
  billingCustomerId: true,
  billingSubscription: true,
} as const;

export interface OrganizationBilling {
  state: SubscriptionState;
  account: BillingAccount;
}

/** The subscription state and billing account of one organization, read in the given transaction. */
export async function loadOrganizationBilling(tx: Tx, organizationId: string): Promise<OrganizationBilling> {
  const org = await tx.organization.findUnique({
    where: { id: organizationId },
    select: ORGANIZATION_BILLING_SELECT,
  });
  if (!org) throw new AppError('NOT_FOUND', 'Organization not found');
  return {
    state: toSubscriptionState(org),
    account: {
      organizationId: org.id,
      organizationName: org.name,
      plan: org.plan,
      provider: org.billingProvider,
      customerId: org.billingCustomerId,
      subscriptionId: org.billingSubscription,
    },
  };
}

export function toSubscriptionDto(
  { state, account }: OrganizationBilling,
  checkoutEnabled: boolean,
  now: Date = new Date(),
): SubscriptionDto {
  const reason = readOnlyReason(state, now);
  return {
    organizationId: state.organizationId,
    plan: state.plan,
    status: state.status,
    trialEndsAt: state.trialEndsAt,
    readOnly: reason !== null,
    readOnlyReason: reason,
    limits: state.limits,
    overrides: state.overrides,
    features: { ...PLANS[state.plan].features },
    billing: {
      provider: account.provider === 'stripe' ? 'stripe' : 'manual',
      checkoutEnabled,
      hasBillingAccount: account.customerId !== null,
    },
  };
}
