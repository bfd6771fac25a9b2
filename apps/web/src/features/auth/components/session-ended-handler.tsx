import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { replaceSession } from '../../../lib/session';
import { onSessionEnded } from '../../../lib/session-events';

const SIGNED_OUT_PAGES = /^\/(login|invite)(\/|$)/;

/**
 * When any request finds the session gone, forget the user. The guarded layout (RequireAuth) then sends them
 * to sign in, remembering the page they were on; doing the navigation there, in one place, keeps it from
 * racing with this update. Renders nothing.
 */
export function SessionEndedHandler() {
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onSessionEnded(() => {
        if (SIGNED_OUT_PAGES.test(window.location.pathname)) return;
        void queryClient.cancelQueries();
        replaceSession(queryClient, null);
      }),
    [queryClient],
  );

  return null;
}
