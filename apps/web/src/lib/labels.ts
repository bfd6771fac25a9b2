import type { PlatformOrganizationRow, UserRoleValue } from '@stayzr/shared';

export const ROLE_LABELS: Record<UserRoleValue, string> = {
  SUPER_ADMIN: 'Super admin',
  ORG_ADMIN: 'Org admin',
  STAFF: 'Staff',
};

export const DATA_SCOPE_LABELS: Record<'own' | 'all', string> = {
  all: 'All conversations',
  own: 'Own conversations',
};

export const PLAN_LABELS: Record<PlatformOrganizationRow['plan'], string> = {
  starter: 'Starter',
  professional: 'Professional',
  enterprise: 'Enterprise',
};

export const SUBSCRIPTION_LABELS: Record<PlatformOrganizationRow['subscriptionStatus'], string> = {
  trialing: 'Trial',
  active: 'Active',
  past_due: 'Past due',
  canceled: 'Canceled',
};
