import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPath } from '../../../lib/redirects';
import { MeContext, rememberSignedIn, useMeQuery, wasSignedInThisTab } from '../../../lib/session';
import { QueryError } from '../../../ui/query-error';
import { FullPageLoader } from './full-page-loader';

export interface LoginLocationState {
  /** A signed-in user lost their session: the sign-in page says why they are there. */
  sessionEnded?: boolean;
  /** The user just signed out: the sign-in page drops what was cached for them. */
  signedOut?: boolean;
}

/**
 * Layout route for every page that needs a signed-in user; provides `useMe()` below it. When nobody is
 * signed in (never was, or the session just ended), it sends the user to sign in and back here afterwards.
 */
export function RequireAuth() {
  const me = useMeQuery();
  const location = useLocation();

  if (me.data) {
    rememberSignedIn();
    return (
      <MeContext value={me.data}>
        <Outlet />
      </MeContext>
    );
  }
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <Container size="sm" px={0} mt="xl">
        <QueryError
          title="Could not check who is signed in"
          error={me.error}
          retrying={me.isFetching}
          onRetry={() => void me.refetch()}
        />
      </Container>
    );
  }
  const state: LoginLocationState = { sessionEnded: wasSignedInThisTab() };
  return <Navigate to={loginPath(location.pathname + location.search)} replace state={state} />;
}
