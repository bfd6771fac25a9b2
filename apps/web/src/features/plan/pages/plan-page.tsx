import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { isPlanName, type PlanName, type SubscriptionDto } from '@stayzr/shared';
import { IconCheck, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { canManageTeam, useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { ChangePlanModal, type PlanChoice } from '../components/change-plan-modal';
import { InvoicesCard } from '../components/invoices-card';
import { NotificationsCard } from '../components/notifications-card';
import { PlanComparisonTable } from '../components/plan-comparison-table';
import { ApiErrorAlert } from '../components/plan-error-alert';
import { PlanSummaryCard } from '../components/plan-summary-card';
import { RequestPlanModal } from '../components/request-plan-modal';
import { UsageCard } from '../components/usage-card';
import { useSubscription } from '../lib/use-subscription';

/**
 * Plan & usage: the plan and its status, usage against each limit, every plan compared, plan changes, and
 * for org admins the usage alerts and (with Stripe) the billing history. Staff see it read-only.
 */
export function PlanPage() {
  useDocumentTitle('Plan & usage · Stayzr');
  const me = useMe();
  const canManage = canManageTeam(me);
  const subscription = useSubscription();
  const [searchParams] = useSearchParams();
  const [changing, setChanging] = useState<PlanChoice | null>(null);
  const [requesting, setRequesting] = useState<PlanName | null>(null);
  const [reactivating, setReactivating] = useState<PlanName | null>(null);

  const suggestedParam = searchParams.get('plan');
  const suggested = suggestedParam && isPlanName(suggestedParam) ? suggestedParam : null;
  const checkout = searchParams.get('checkout');
  useCheckoutPolling(checkout === 'success');

  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader
        title="Plan & usage"
        description={
          canManage
            ? `What ${me.organization?.name ?? 'your hotel'} pays for, what it uses, and what each plan allows.`
            : 'What your hotel’s plan includes and how much of it is used. Only org admins can change the plan.'
        }
      />
      {checkout === 'success' ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck stroke={1.75} aria-hidden size={18} />}
          title="Payment set up"
        >
          Stripe confirmed the checkout. The new plan shows here as soon as Stripe tells Stayzr, usually
          within a minute.
        </Alert>
      ) : checkout === 'canceled' ? (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle stroke={1.75} aria-hidden size={18} />}
          title="Checkout canceled"
        >
          Nothing was charged and your plan did not change.
        </Alert>
      ) : null}

      {subscription.isPending ? (
        <Card withBorder padding={0} pt="lg">
          <TableSkeleton rows={2} />
        </Card>
      ) : subscription.isError ? (
        <ApiErrorAlert
          title="Could not load the plan"
          error={subscription.error}
          retrying={subscription.isFetching}
          onRetry={() => void subscription.refetch()}
        />
      ) : (
        <>
          {subscription.data.readOnly ? (
            <ReadOnlyNotice
              subscription={subscription.data}
              canManage={canManage}
              onReactivate={() => setReactivating(subscription.data.plan)}
            />
          ) : null}
          <PlanSummaryCard subscription={subscription.data} />
        </>
      )}

      <UsageCard />
      {canManage ? <NotificationsCard /> : null}

      {subscription.data ? (
        <Card withBorder padding={0} component="section" aria-labelledby="plans-title">
          <Stack gap={2} px="lg" py="md">
            <Title order={2} size="h4" id="plans-title">
              Compare plans
            </Title>
            <Text size="sm" c="dimmed">
              {canManage
                ? 'Upgrades apply at once. A move to a smaller plan is checked first: what does not fit is listed.'
                : 'Every plan side by side. Features marked “coming soon” are not in Stayzr yet.'}
            </Text>
          </Stack>
          <PlanComparisonTable
            current={subscription.data.plan}
            canChange={canManage}
            suggested={suggested}
            onChoose={(plan, action) =>
              action === 'request'
                ? setRequesting(plan)
                : setChanging({ from: subscription.data.plan, target: plan })
            }
          />
        </Card>
      ) : null}

      {canManage &&
      subscription.data &&
      (subscription.data.billing.provider === 'stripe' || subscription.data.billing.checkoutEnabled) ? (
        <InvoicesCard />
      ) : null}

      {subscription.data ? (
        <ChangePlanModal
          choice={changing}
          subscription={subscription.data}
          onClose={() => setChanging(null)}
        />
      ) : null}
      <RequestPlanModal target={requesting} onClose={() => setRequesting(null)} />
      <RequestPlanModal target={reactivating} onClose={() => setReactivating(null)} reactivate />
    </Stack>
  );
}

/**
 * What lifts read-only mode. With Stripe, the checkout or the payment settles it; with manual billing only the
 * Stayzr team can (a plan change alone leaves the subscription's status as it is), so admins send them a request.
 */
function ReadOnlyNotice({
  subscription,
  canManage,
  onReactivate,
}: {
  subscription: SubscriptionDto;
  canManage: boolean;
  onReactivate: () => void;
}) {
  const manual = subscription.billing.provider === 'manual' && !subscription.billing.checkoutEnabled;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLock stroke={1.75} aria-hidden size={18} />}
      title="Sending and settings are paused"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{subscription.readOnlyReason}</Text>
        <Text size="sm">
          {!canManage
            ? 'Your team can still read conversations and guests’ messages still arrive. Ask an org admin to resolve it.'
            : manual
              ? 'Billing is arranged with the Stayzr team, who reactivate the subscription. Guests’ messages still arrive meanwhile.'
              : 'Choose a plan below and finish the checkout; everything resumes once the payment goes through.'}
        </Text>
        {canManage && manual ? (
          <Button size="xs" color="red" onClick={onReactivate}>
            Ask Stayzr to reactivate
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

const CHECKOUT_POLL_MS = 3_000;
const CHECKOUT_POLL_TIMES = 20;

/** Back from Stripe: the plan changes when its webhook arrives, usually seconds later; look again meanwhile. */
function useCheckoutPolling(active: boolean) {
  const utils = trpc.useUtils();
  useEffect(() => {
    if (!active) return;
    let times = 0;
    const timer = setInterval(() => {
      times += 1;
      void utils.subscription.invalidate();
      void utils.auth.me.invalidate();
      if (times >= CHECKOUT_POLL_TIMES) clearInterval(timer);
    }, CHECKOUT_POLL_MS);
    return () => clearInterval(timer);
  }, [active, utils]);
}
