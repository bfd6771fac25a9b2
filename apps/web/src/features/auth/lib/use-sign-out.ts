import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { errorMessage, isSessionEnded } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import type { LoginLocationState } from '../components/require-auth';

export function useSignOut() {
  const navigate = useNavigate();

  // The sign-in page clears the cache once it is showing: clearing it here, while the guarded page is still
  // on screen, would read as a session that expired.
  const leave = () => {
    const state: LoginLocationState = { signedOut: true };
    navigate('/login', { replace: true, state });
  };

  const logout = trpc.auth.logout.useMutation({
    meta: { handlesSessionEnd: true },
    onSuccess: leave,
    onError: (error) => {
      // Already signed out on the server: the user gets what they asked for.
      if (isSessionEnded(error)) return leave();
      // Otherwise the session cookie may still be valid, so pretending to be signed out would be a lie.
      notifications.show({ color: 'red', title: 'Could not sign out', message: errorMessage(error) });
    },
  });

  return { signOut: () => logout.mutate(), signingOut: logout.isPending };
}
