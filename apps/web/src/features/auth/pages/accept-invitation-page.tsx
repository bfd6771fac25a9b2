import { Alert, Button, Center, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { type Me, PASSWORD_MIN_LENGTH, ZAcceptInvitationInput } from '@stayzr/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { appCodeOf, errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { passwordsMatch, validateWith } from '../../../lib/form-validation';
import { ROLE_LABELS } from '../../../lib/labels';
import { homePath } from '../../../lib/redirects';
import { replaceSession, useMeQuery } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { AuthLayout } from '../components/auth-layout';

export function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation · Stayzr');
  const { token = '' } = useParams();
  const info = trpc.auth.invitationInfo.useQuery(
    { token },
    { retry: false, staleTime: Number.POSITIVE_INFINITY },
  );

  if (info.isPending) {
    return (
      <AuthLayout title="Accept invitation">
        <Center py="lg" aria-busy="true">
          <Loader />
        </Center>
      </AuthLayout>
    );
  }

  if (info.isError) {
    return (
      <AuthLayout title="This invitation can’t be used">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle stroke={1.75} aria-hidden size={20} />}
          role="alert"
        >
          {errorMessage(info.error)}
        </Alert>
        <Text size="sm" c="dimmed">
          Invitation links work once and expire after 7 days. Ask your hotel’s administrator for a new one, or
          sign in if you already have an account.
        </Text>
        <Button component={Link} to="/login" variant="default">
          Go to sign in
        </Button>
      </AuthLayout>
    );
  }

  const { organizationName, email, role } = info.data;
  return (
    <AuthLayout
      title={`Join ${organizationName}`}
      description={`You have been invited to Stayzr as ${ROLE_LABELS[role].toLowerCase()}. Choose your name and a password to finish.`}
    >
      <AcceptInvitationForm token={token} email={email} />
    </AuthLayout>
  );
}

function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMeQuery();

  const form = useForm({
    initialValues: { token, name: '', password: '', confirmPassword: '' },
    validate: validateWith(ZAcceptInvitationInput, passwordsMatch),
  });

  const accept = trpc.auth.acceptInvitation.useMutation({
    onSuccess: (signedIn: Me) => {
      replaceSession(queryClient, signedIn);
      navigate(homePath(signedIn), { replace: true });
    },
    onError: (error) => {
      // The server's own password checks (common passwords, the user's email or name) belong on the field.
      if (appCodeOf(error) === 'WEAK_PASSWORD') form.setFieldError('password', errorMessage(error));
      else form.setErrors(fieldErrorsOf(error));
    },
  });
  const failure =
    accept.error &&
    appCodeOf(accept.error) !== 'WEAK_PASSWORD' &&
    Object.keys(fieldErrorsOf(accept.error)).length === 0
      ? accept.error
      : null;

  return (
    <form
      onSubmit={form.onSubmit(({ name, password }) => accept.mutate({ token, name, password }))}
      noValidate
    >
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
        ) : null}
        {me.data ? (
          <Alert color="yellow" variant="light">
            You are signed in as {me.data.email}. Accepting signs you in as {email} instead.
          </Alert>
        ) : null}
        <TextInput label="Email" value={email} readOnly variant="filled" autoComplete="username" />
        <TextInput label="Your name" autoComplete="name" autoFocus {...form.getInputProps('name')} />
        <PasswordInput
          label="Password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label="Repeat password"
          autoComplete="new-password"
          {...form.getInputProps('confirmPassword')}
        />
        <Button type="submit" size="md" fullWidth loading={accept.isPending} mt="xs">
          Create account and sign in
        </Button>
      </Stack>
    </form>
  );
}
