import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  LIMIT_KEYS,
  type LimitKey,
  PLAN_ORDER,
  PLANS,
  type PlanMisfit,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatusValue,
} from '@stayzr/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { SUBSCRIPTION_LABELS } from '../../../lib/labels';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { QueryError } from '../../../ui/query-error';
import { formatPlanLimit, LIMIT_LABELS } from '../../plan/lib/plan-comparison';
import { useRetained } from '../../plan/lib/use-retained';
import {
  type OverrideMode,
  overrideError,
  overridesToForm,
  type SubscriptionFormValues,
  toDateInput,
  toSubscriptionInput,
} from '../lib/subscription-form';

type UsageRow = RouterOutputs['platform']['usageOverview'][number];

/** Enough of an organization to open the modal from either platform table. */
export interface SubscriptionTarget {
  organizationId: string;
  name: string;
}

const STATUS_HELP: Record<SubscriptionStatusValue, string> = {
  trialing: 'Full use until the trial ends, then read-only.',
  active: 'Paid and in good standing.',
  past_due: 'Read-only: staff can read and receive, not send or change settings.',
  canceled: 'Read-only until a plan is active again.',
};

const MODE_OPTIONS: { value: OverrideMode; label: string }[] = [
  { value: 'plan', label: 'Plan' },
  { value: 'custom', label: 'Custom' },
  { value: 'unlimited', label: 'Unlimited' },
];

/**
 * Super admins: one organization's plan, subscription status, trial end and negotiated limits. Saving
 * reports what the organization already uses beyond the new limits (it is saved anyway).
 */
export function SetSubscriptionModal({
  target: requested,
  onClose,
}: {
  target: SubscriptionTarget | null;
  onClose: () => void;
}) {
  const target = useRetained(requested);
  const overview = trpc.platform.usageOverview.useQuery(undefined, { enabled: target !== null });
  const row = overview.data?.find((candidate) => candidate.organizationId === target?.organizationId);

  return (
    <Modal
      opened={requested !== null}
      onClose={onClose}
      title={target ? `Plan and billing · ${target.name}` : ''}
      size="xl"
      centered
    >
      {target === null ? null : overview.isError ? (
        <QueryError
          title="Could not load the organization’s subscription"
          error={overview.error}
          retrying={overview.isFetching}
          onRetry={() => void overview.refetch()}
        />
      ) : row ? (
        <SubscriptionForm key={row.organizationId} row={row} onClose={onClose} />
      ) : overview.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : (
        <Text size="sm">This organization no longer exists.</Text>
      )}
    </Modal>
  );
}

function SubscriptionForm({ row, onClose }: { row: UsageRow; onClose: () => void }) {
  const utils = trpc.useUtils();
  const [misfits, setMisfits] = useState<PlanMisfit[] | null>(null);
  const form = useForm<SubscriptionFormValues>({
    initialValues: {
      plan: row.plan,
      status: row.subscriptionStatus,
      trialEndsOn: toDateInput(row.trialEndsAt),
      overrides: overridesToForm(row.overrides),
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.status === 'trialing' && !values.trialEndsOn)
        errors.trialEndsOn = 'A trial needs an end date';
      for (const key of LIMIT_KEYS) {
        const error = overrideError(values.overrides[key]);
        if (error) errors[`overrides.${key}.value`] = error;
      }
      return errors;
    },
  });
  const save = trpc.platform.subscriptions.set.useMutation({
    onSuccess: (result) => {
      void utils.platform.usageOverview.invalidate();
      void utils.platform.organizations.list.invalidate();
      if (result.misfits.length > 0) {
        setMisfits(result.misfits);
        return;
      }
      notifications.show({ color: 'teal', message: `${row.name}’s subscription was saved.` });
      onClose();
    },
  });

  const plan = form.values.plan;

  if (misfits) {
    return (
      <Stack gap="md">
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle stroke={1.75} aria-hidden size={18} />}
          title={`Saved. ${row.name} uses more than the new limits allow`}
        >
          <List size="sm" spacing={2}>
            {misfits.map((misfit) => (
              <List.Item key={misfit.message}>{misfit.message}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            Nothing is removed: they keep what they have, but cannot add more until they fit.
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => save.mutate(toSubscriptionInput(row.organizationId, values)))}
      noValidate
    >
      <Stack gap="lg">
        {save.error ? <QueryError title="The subscription was not saved" error={save.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label="Plan"
            data={PLAN_ORDER.map((name) => ({ value: name, label: PLANS[name].label }))}
            allowDeselect={false}
            {...form.getInputProps('plan')}
          />
          <Select
            label="Status"
            description={STATUS_HELP[form.values.status]}
            data={SUBSCRIPTION_STATUSES.map((status) => ({
              value: status,
              label: SUBSCRIPTION_LABELS[status],
            }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <TextInput
            label="Trial ends on"
            description="Runs through this day (your time)"
            type="date"
            {...form.getInputProps('trialEndsOn')}
          />
        </SimpleGrid>

        <Stack gap={4}>
          <Text fw={600} size="sm">
            Limits
          </Text>
          <Text size="xs" c="dimmed">
            Custom limits hold whatever the plan, until set back to the plan’s.
          </Text>
          <Table verticalSpacing={6} aria-label="Limit overrides">
            <Table.Tbody>
              {LIMIT_KEYS.map((key) => (
                <LimitRow key={key} limitKey={key} planLimit={PLANS[plan].limits[key]} form={form} />
              ))}
            </Table.Tbody>
          </Table>
        </Stack>

        <ModalFormFooter onCancel={onClose} submitLabel="Save" loading={save.isPending} />
      </Stack>
    </form>
  );
}

function LimitRow({
  limitKey,
  planLimit,
  form,
}: {
  limitKey: LimitKey;
  planLimit: number | null;
  form: UseFormReturnType<SubscriptionFormValues>;
}) {
  const field = form.values.overrides[limitKey];
  const label = LIMIT_LABELS[limitKey];
  return (
    <Table.Tr>
      <Table.Td w="30%">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          Plan: {formatPlanLimit(limitKey, planLimit)}
        </Text>
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={`${label} limit`}
          data={MODE_OPTIONS}
          {...form.getInputProps(`overrides.${limitKey}.mode`)}
        />
      </Table.Td>
      <Table.Td w="32%">
        {field.mode === 'custom' ? (
          <NumberInput
            aria-label={`Custom ${label.toLowerCase()} limit`}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            suffix={limitKey === 'maxStorageGB' ? ' GB' : undefined}
            size="xs"
            {...form.getInputProps(`overrides.${limitKey}.value`)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {field.mode === 'unlimited' ? 'Unlimited' : formatPlanLimit(limitKey, planLimit)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
