import { Alert, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  FEATURE_LABELS,
  type Feature,
  PLANS,
  type PlanName,
  planRank,
  type SubscriptionDto,
} from '@stayzr/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { appCodeOf } from '../../../lib/api-errors';
import { planMisfitsOf } from '../../../lib/plan-errors';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { AVAILABLE_FEATURES, formatPlanPrice, planChanges } from '../lib/plan-comparison';
import { useRetained } from '../lib/use-retained';
import { useRefreshPlan } from '../lib/use-subscription';
import { ApiErrorAlert } from './plan-error-alert';

/** A plan change as chosen: kept as it was while the modal closes, even after the plan has changed. */
export interface PlanChoice {
  from: PlanName;
  target: PlanName;
}

interface ChangePlanModalProps {
  /** null keeps the modal closed. */
  choice: PlanChoice | null;
  subscription: SubscriptionDto;
  onClose: () => void;
}

/**
 * Confirms an upgrade or a downgrade with what changes. Upgrades apply at once (manual billing) or continue
 * on Stripe's checkout; a downgrade the organization does not fit is refused with the list of what to fix.
 */
export function ChangePlanModal({ choice: requested, subscription, onClose }: ChangePlanModalProps) {
  const choice = useRetained(requested);
  const target = choice?.target ?? null;
  const refreshPlan = useRefreshPlan();
  const change = trpc.subscription.changePlan.useMutation({
    onSuccess: (result) => {
      if (result.kind === 'checkout') {
        window.location.assign(result.url);
        return;
      }
      const label = PLANS[result.subscription.plan].label;
      notifications.show({
        color: 'teal',
        title: result.kind === 'changed' ? `You are on the ${label} plan` : `Already on the ${label} plan`,
        message: result.kind === 'changed' ? 'The new limits and features apply now.' : 'Nothing changed.',
      });
      void refreshPlan();
      close();
    },
  });

  const close = () => {
    change.reset();
    onClose();
  };

  const plan = target ? PLANS[target] : null;
  const upgrade = choice !== null && planRank(choice.target) > planRank(choice.from);
  const checkout = upgrade && subscription.billing.checkoutEnabled;
  const misfits = planMisfitsOf(change.error);
  const changes = choice ? planChanges(choice.from, choice.target) : null;

  return (
    <Modal
      opened={requested !== null}
      onClose={close}
      title={plan ? (upgrade ? `Upgrade to ${plan.label}` : `Switch to ${plan.label}`) : ''}
      size="lg"
      centered
    >
      {target && plan && changes ? (
        <Stack gap="md">
          <Text size="sm">
            {upgrade
              ? checkout
                ? `You will finish on Stripe’s secure checkout page; the ${plan.label} plan starts once the payment is set up. ${formatPlanPrice(target)}.`
                : `The ${plan.label} plan’s limits and features apply at once. ${formatPlanPrice(target)}, billed by the Stayzr team.`
              : `Stayzr first checks that everything you use fits the ${plan.label} plan. ${formatPlanPrice(target)}.`}
          </Text>
          {changes.limits.length > 0 ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Limits
              </Text>
              <List size="sm" spacing={2}>
                {changes.limits.map((limit) => (
                  <List.Item key={limit.key}>
                    {limit.label}: {limit.from} → {limit.to}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
          <FeatureList title="Features you gain" features={working(changes.gained)} />
          <FeatureList title="Features you lose" features={working(changes.lost)} />
          <FeatureList
            title="Included, not in Stayzr yet"
            note="Part of the plan once they are built: nothing to pay extra then."
            features={comingSoon(changes.gained)}
          />

          {misfits.length > 0 ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle stroke={1.75} aria-hidden size={18} />}
              title={`Not yet: this does not fit the ${plan.label} plan`}
              role="alert"
            >
              <List size="sm" spacing={2}>
                {misfits.map((misfit) => (
                  <List.Item key={misfit}>{misfit}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Deactivate teammates, revoke invitations or switch off what is listed, then try again.
              </Text>
            </Alert>
          ) : change.error && appCodeOf(change.error) !== 'PLAN_DOES_NOT_FIT' ? (
            <ApiErrorAlert title="The plan was not changed" error={change.error} />
          ) : null}

          <ModalFormFooter
            onCancel={close}
            cancelDisabled={change.isPending}
            onSubmit={() => change.mutate({ plan: target })}
            submitLabel={
              upgrade ? (checkout ? 'Continue to checkout' : 'Upgrade now') : `Switch to ${plan.label}`
            }
            loading={change.isPending}
            color={upgrade ? undefined : 'gray'}
            autoFocus
            mt="xs"
          />
        </Stack>
      ) : null}
    </Modal>
  );
}

const working = (features: Feature[]) => features.filter((feature) => AVAILABLE_FEATURES.has(feature));
const comingSoon = (features: Feature[]) => features.filter((feature) => !AVAILABLE_FEATURES.has(feature));

/** A titled list of features; nothing at all when there are none. */
function FeatureList({ title, note, features }: { title: string; note?: string; features: Feature[] }) {
  if (features.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {note ? (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      ) : null}
      <List size="sm" spacing={2}>
        {features.map((feature) => (
          <List.Item key={feature}>{FEATURE_LABELS[feature]}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
