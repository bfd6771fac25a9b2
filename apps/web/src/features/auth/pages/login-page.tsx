import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { ZLoginInput } from '@stayzr/shared';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { homePath, safeNextPath } from '../../../lib/redirects';
import { forgetSignedIn, replaceSession, useMeQuery } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { AuthLayout } from '../components/auth-layout';
import { FullPageLoader } from '../components/full-page-loader';
import type { LoginLocationState } from '../components/require-auth';

export function LoginPage() {
  useDocumentTitle('Sign in · Stayzr');
  const me = useMeQuery();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNextPath(params.get('next'));
  const state = location.state as LoginLocationState | null;
  const sessionEnded = state?.sessionEnded === true;
  // Just signed out: drop everything cached for that user now that their pages are gone.
  const [signingOut, setSigningOut] = useState(state?.signedOut === true);
  useEffect(() => {
    if (!signingOut) return;
    forgetSignedIn();
    replaceSession(queryClient, null);
    setSigningOut(false);
  }, [signingOut, queryClient]);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: validateWith(ZLoginInput),
  });

  const login = trpc.auth.login.useMutation({
    onSuccess: (signedIn) => {
      replaceSession(queryClient, signedIn);
      navigate(next ?? homePath(signedIn), { replace: true });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });

  if (me.data && !signingOut) return <Navigate to={next ?? homePath(me.data)} replace />;
  if (me.isPending) return <FullPageLoader />;

  const failure = login.error && Object.keys(fieldErrorsOf(login.error)).length === 0 ? login.error : null;

  return (
    <AuthLayout title="Sign in" description="Welcome back. Sign in to answer your guests.">
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="md">
          {failure ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle stroke={1.75} aria-hidden size={20} />}
              role="alert"
            >
              {errorMessage(failure)}
            </Alert>
          ) : sessionEnded ? (
            <Alert
              color="blue"
              variant="light"
              icon={<IconInfoCircle stroke={1.75} aria-hidden size={20} />}
              role="status"
            >
              Your session has ended. Please sign in again.
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@hotel.com"
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" fullWidth loading={login.isPending} mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
