import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { type Feature, PLANS } from '@stayzr/shared';
import { IconLock, IconTrendingUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PLAN_PAGE_PATH } from '../../../lib/api-errors';
import { canManageTeam, useMe } from '../../../lib/session';
import { featureHint, type UpgradeHintModel, upgradeLabel } from '../lib/plan-hints';
import { useSubscription } from '../lib/use-subscription';

/** The plan page, with the plan that helps picked out in its comparison table. */
export function planPageFor(plan: string | null): string {
  return plan ? `${PLAN_PAGE_PATH}?plan=${plan}` : PLAN_PAGE_PATH;
}

interface UpgradeHintProps {
  hint: UpgradeHintModel;
  /** Org admins can change the plan; everyone else is told to ask one. */
  canUpgrade: boolean;
  /** `inline`: one line beside the action it explains; `alert`: a box of its own. */
  variant?: 'alert' | 'inline';
}

/** Why something is unavailable, which plan has it, and the way there. Never a dead end without a reason. */
export function UpgradeHint({ hint, canUpgrade, variant = 'alert' }: UpgradeHintProps) {
  const target = planPageFor(hint.requiredPlan);
  const action = canUpgrade ? (
    <Button
      component={Link}
      to={target}
      size="xs"
      variant={variant === 'alert' ? 'filled' : 'light'}
      color="violet"
      leftSection={<IconTrendingUp stroke={1.75} aria-hidden size={14} />}
    >
      {hint.requiredPlan ? upgradeLabel(hint.requiredPlan) : 'See your plan'}
    </Button>
  ) : (
    <Text size="xs" c="dimmed">
      Ask an org admin to{' '}
      <Anchor component={Link} to={target} size="xs">
        change the plan
      </Anchor>
      .
    </Text>
  );

  if (variant === 'inline') {
    return (
      <Group gap="xs" wrap="wrap" align="center">
        {hint.requiredPlan ? <PlanBadge plan={hint.requiredPlan} /> : null}
        <Text size="sm" c="dimmed">
          {hint.body}
        </Text>
        {action}
      </Group>
    );
  }
  return (
    <Alert
      color="violet"
      variant="light"
      icon={<IconLock stroke={1.75} aria-hidden size={18} />}
      title={hint.title}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{hint.body}</Text>
        {action}
      </Stack>
    </Alert>
  );
}

/** "Professional plan": which plan a feature or limit belongs to. */
export function PlanBadge({ plan }: { plan: keyof typeof PLANS }) {
  return (
    <Badge variant="light" color="violet" radius="sm">
      {PLANS[plan].label} plan
    </Badge>
  );
}

interface FeatureGateProps {
  feature: Feature;
  /** Shown when the plan includes the feature. */
  children: ReactNode;
  variant?: UpgradeHintProps['variant'];
}

/** Renders `children` when the organization's plan has `feature`, else why not and which plan has it. */
export function FeatureGate({ feature, children, variant }: FeatureGateProps) {
  const me = useMe();
  const subscription = useSubscription();
  if (!subscription.data) return null;
  if (subscription.data.features[feature]) return <>{children}</>;
  return (
    <UpgradeHint
      hint={featureHint(feature, subscription.data.plan)}
      canUpgrade={canManageTeam(me)}
      variant={variant}
    />
  );
}
