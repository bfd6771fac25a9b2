import type { Me } from '@stayzr/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { createContext, useCallback, useContext } from 'react';
import { trpc } from './trpc';

const ME_KEY = getQueryKey(trpc.auth.me, undefined, 'query');
const ME_PATH = JSON.stringify(ME_KEY[0]);

function isMeQuery(queryKey: readonly unknown[]): boolean {
  return JSON.stringify(queryKey[0]) === ME_PATH;
}

/** How long "who is signed in" is trusted before a focus or mount asks again. */
export const ME_STALE_MS = 30_000;

/** Who is signed in: `null` when nobody is. Drives routing; refreshed when the window regains focus. */
export function useMeQuery() {
  return trpc.auth.me.useQuery(undefined, { staleTime: ME_STALE_MS });
}

/**
 * After signing in or out: nothing cached for the previous user may survive, and the new answer to "who is
 * signed in" is known without another round trip. Queries still on screen are left alone: they belong to
 * the page being left (removing them would make it fetch again on its way out), and the next sign-in, by
 * which time they are unused, removes them.
 */
export function replaceSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({
    predicate: (query) => !isMeQuery(query.queryKey) && query.getObserversCount() === 0,
  });
  queryClient.setQueryData(ME_KEY, me);
}

/** After switching organization: same user, different data, so every other query starts over. */
export function useSwitchedSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (me: Me) => {
      queryClient.setQueryData(ME_KEY, me);
      void queryClient.resetQueries({ predicate: (query) => !isMeQuery(query.queryKey) });
    },
    [queryClient],
  );
}

// Whether this tab has had a signed-in user since it loaded or since the last sign-out: when the session then
// disappears, the sign-in page says so. Module state, because the guarded layout remounts when the shell
// changes from signed-in to public.
let signedInThisTab = false;

export function rememberSignedIn(): void {
  signedInThisTab = true;
}

export function forgetSignedIn(): void {
  signedInThisTab = false;
}

export function wasSignedInThisTab(): boolean {
  return signedInThisTab;
}

export const MeContext = createContext<Me | null>(null);

/** The signed-in user, inside routes guarded by RequireAuth. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside a signed-in route');
  return me;
}

/** Org admins, and super admins switched into an organization (the server treats them as org admins). */
export function canManageTeam(me: Me): boolean {
  return me.organization !== null && (me.role === 'ORG_ADMIN' || me.isSuperAdmin);
}
