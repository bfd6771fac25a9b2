import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconTrendingUp } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-errors';
import { type PlanError, planErrorOf } from '../../../lib/plan-errors';
import { trpc } from '../../../lib/trpc';
import { QueryError } from '../../../ui/query-error';
import { upgradeLabel } from '../lib/plan-hints';
import { planPageFor } from './upgrade-hint';

function planErrorTarget(planError: PlanError): { to: string; label: string } {
  if (planError.kind === 'inactive') return { to: planPageFor(null), label: 'Open Plan & usage' };
  return planError.requiredPlan
    ? { to: planPageFor(planError.requiredPlan), label: upgradeLabel(planError.requiredPlan) }
    : { to: planPageFor(null), label: 'See your plan' };
}

interface ApiErrorAlertProps {
  title: string;
  error: unknown;
  retrying?: boolean;
  onRetry?: () => void;
}

/**
 * A refused request, said plainly. When the plan or the subscription is the reason, it names the plan that
 * would allow it and links to the plan page; anything else is shown as QueryError does.
 */
export function ApiErrorAlert({ title, error, retrying, onRetry }: ApiErrorAlertProps) {
  const planError = planErrorOf(error);
  if (!planError) return <QueryError title={title} error={error} retrying={retrying} onRetry={onRetry} />;
  const target = planErrorTarget(planError);
  return (
    <Alert
      color="violet"
      variant="light"
      icon={<IconLock stroke={1.75} aria-hidden size={20} />}
      title={title}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{planError.message}</Text>
        <Button
          component={Link}
          to={target.to}
          size="xs"
          color="violet"
          leftSection={
            planError.kind === 'inactive' ? null : <IconTrendingUp stroke={1.75} aria-hidden size={14} />
          }
        >
          {target.label}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * `notify(title, error)` for mutations that report failures as notifications. Plan refusals get a link to
 * the plan page; notifications render outside the router, so the link navigates through this hook.
 */
export function useApiErrorNotifier() {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  return useCallback(
    (title: string, error: unknown) => {
      const planError = planErrorOf(error);
      if (!planError) {
        notifications.show({ color: 'red', title, message: errorMessage(error) });
        return;
      }
      // The organization turned read-only while this page was open: the shell's banner should say so now.
      if (planError.kind === 'inactive') void utils.subscription.get.invalidate();
      const target = planErrorTarget(planError);
      const id = notifications.show({
        color: 'violet',
        title,
        autoClose: 10_000,
        message: (
          <Stack gap={6} align="flex-start">
            <Text size="sm">{planError.message}</Text>
            <Anchor
              href={target.to}
              size="sm"
              fw={600}
              onClick={(event) => {
                event.preventDefault();
                notifications.hide(id);
                navigate(target.to);
              }}
            >
              {target.label}
            </Anchor>
          </Stack>
        ),
      });
    },
    [navigate, utils],
  );
}
