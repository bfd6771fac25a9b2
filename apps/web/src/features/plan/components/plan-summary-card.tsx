import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { LIMIT_KEYS, PLANS, type SubscriptionDto } from '@stayzr/shared';
import { formatPlanLimit, formatPlanPrice, LIMIT_LABELS } from '../lib/plan-comparison';
import { SubscriptionStatusBadge } from './subscription-status-badge';

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

function statusLine(subscription: SubscriptionDto, now: Date): string {
  const { status, trialEndsAt } = subscription;
  switch (status) {
    case 'trialing':
      if (!trialEndsAt) return 'Free trial.';
      return trialEndsAt.getTime() > now.getTime()
        ? `Free trial until ${dayFormat.format(trialEndsAt)}.`
        : `The free trial ended on ${dayFormat.format(trialEndsAt)}.`;
    case 'active':
      return 'Active.';
    case 'past_due':
      return 'The last payment did not go through.';
    case 'canceled':
      return 'The subscription is canceled.';
  }
}

function billingLine(subscription: SubscriptionDto): string {
  if (subscription.billing.provider === 'stripe') return 'Billed monthly through Stripe.';
  if (subscription.billing.checkoutEnabled) return 'Upgrades are paid by card through Stripe checkout.';
  return 'Billed monthly by the Stayzr team; plan changes apply at once.';
}

/** The plan the organization is on, what it costs, its status and any limits agreed with Stayzr. */
export function PlanSummaryCard({
  subscription,
  now = new Date(),
}: {
  subscription: SubscriptionDto;
  now?: Date;
}) {
  const plan = PLANS[subscription.plan];
  const custom = LIMIT_KEYS.filter((key) => subscription.overrides?.[key] !== undefined);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="current-plan-title">
      <Group justify="space-between" align="flex-start" gap="lg">
        <Stack gap={4}>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" id="current-plan-title">
            Current plan
          </Text>
          <Group gap="sm" align="center">
            <Title order={2} size="h3">
              {plan.label}
            </Title>
            <SubscriptionStatusBadge status={subscription.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {plan.description}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          <Text fw={600}>{formatPlanPrice(subscription.plan)}</Text>
          <Text size="sm">{statusLine(subscription, now)}</Text>
          <Text size="xs" c="dimmed">
            {billingLine(subscription)}
          </Text>
        </Stack>
      </Group>
      {custom.length > 0 ? (
        <Stack gap={4} mt="md">
          <Text size="sm" fw={600}>
            Limits agreed with Stayzr
          </Text>
          <List size="sm" spacing={2}>
            {custom.map((key) => (
              <List.Item key={key}>
                {LIMIT_LABELS[key]}: {formatPlanLimit(key, subscription.limits[key])}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Card>
  );
}
