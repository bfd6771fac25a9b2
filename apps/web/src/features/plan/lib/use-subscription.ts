import { useCallback } from 'react';
import { trpc } from '../../../lib/trpc';

/** The organization's plan, status and limits; shared by the shell's banner, gates and the plan page. */
export function useSubscription() {
  return trpc.subscription.get.useQuery(undefined, { staleTime: 60_000 });
}

/** After the plan changed: limits, usage, the header's plan badge and the alerts all start over. */
export function useRefreshPlan() {
  const utils = trpc.useUtils();
  return useCallback(
    () =>
      Promise.all([
        utils.subscription.invalidate(),
        utils.auth.me.invalidate(),
        utils.notifications.invalidate(),
      ]),
    [utils],
  );
}
