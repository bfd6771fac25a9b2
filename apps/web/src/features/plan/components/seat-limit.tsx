import { trpc } from '../../../lib/trpc';
import { isAtLimit, limitHint, type UpgradeHintModel } from '../lib/plan-hints';
import { useSubscription } from '../lib/use-subscription';
import { UpgradeHint } from './upgrade-hint';

/**
 * The user limit, when the team has reached it (active users plus pending invitations, as the server
 * counts): why no one else can be invited, and the plan that allows more. Null while there is room.
 */
export function useSeatLimit(enabled = true): UpgradeHintModel | null {
  const usage = trpc.subscription.usage.useQuery(undefined, { enabled });
  const subscription = useSubscription();
  const users = usage.data?.metrics.find((metric) => metric.metric === 'users');
  if (!enabled || !users || users.limit === null || !subscription.data) return null;
  if (!isAtLimit(users.used, users.limit)) return null;
  return limitHint({
    metric: 'users',
    used: users.used,
    limit: users.limit,
    plan: subscription.data.plan,
    overrides: subscription.data.overrides,
  });
}

/** For org admins on the team page and in the invite dialog. */
export function SeatLimitHint({ hint }: { hint: UpgradeHintModel | null }) {
  return hint ? <UpgradeHint hint={hint} canUpgrade /> : null;
}
