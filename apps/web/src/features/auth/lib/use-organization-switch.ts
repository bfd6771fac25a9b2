import { notifications } from '@mantine/notifications';
import type { Me } from '@stayzr/shared';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-errors';
import { homePath } from '../../../lib/redirects';
import { useSwitchedSession } from '../../../lib/session';
import { emitSessionEnded } from '../../../lib/session-events';
import { trpc } from '../../../lib/trpc';

/** A super admin entering or leaving an organization: new `me`, every other query starts over, new page. */
export function useOrganizationSwitch() {
  const navigate = useNavigate();
  const switched = useSwitchedSession();

  const land = (me: Me | null) => {
    // The server re-reads the session after switching; none means it ended in between.
    if (!me) return emitSessionEnded();
    navigate(homePath(me));
    switched(me);
  };
  const fail = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(error) });

  const switchMutation = trpc.platform.switchOrganization.useMutation({
    onSuccess: land,
    onError: fail('Could not switch organization'),
  });
  const exitMutation = trpc.platform.exitOrganization.useMutation({
    onSuccess: land,
    onError: fail('Could not leave the organization'),
  });

  return {
    switchTo: (organizationId: string) => switchMutation.mutate({ organizationId }),
    exit: () => exitMutation.mutate(),
    /** The organization being switched into, while the request runs. */
    switchingTo: switchMutation.isPending ? switchMutation.variables.organizationId : null,
    exiting: exitMutation.isPending,
  };
}
