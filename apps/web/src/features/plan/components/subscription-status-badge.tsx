import { Badge } from '@mantine/core';
import type { SubscriptionStatusValue } from '@stayzr/shared';
import { SUBSCRIPTION_LABELS } from '../../../lib/labels';

export const SUBSCRIPTION_COLORS: Record<SubscriptionStatusValue, string> = {
  trialing: 'blue',
  active: 'teal',
  past_due: 'orange',
  canceled: 'gray',
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatusValue }) {
  return (
    <Badge variant="light" color={SUBSCRIPTION_COLORS[status]} radius="sm">
      {SUBSCRIPTION_LABELS[status]}
    </Badge>
  );
}
