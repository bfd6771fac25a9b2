import { Alert, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { PASSWORD_MIN_LENGTH, ZChangePasswordInput } from '@stayzr/shared';
import { appCodeOf, errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: validateWith(
      ZChangePasswordInput,
      (values: { newPassword: string; confirmPassword: string }) =>
        values.confirmPassword === values.newPassword
          ? {}
          : { confirmPassword: 'The passwords do not match.' },
    ),
  });

  const close = () => {
    form.reset();
    change.reset();
    onClose();
  };

  const change = trpc.auth.changePassword.useMutation({
    onSuccess: ({ otherSessionsEnded }) => {
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message:
          otherSessionsEnded > 0
            ? `You were signed out on ${otherSessionsEnded} other ${otherSessionsEnded === 1 ? 'device' : 'devices'}.`
            : 'Use the new password next time you sign in.',
      });
      close();
    },
    onError: (error) => {
      const code = appCodeOf(error);
      if (code === 'INVALID_CREDENTIALS') form.setFieldError('currentPassword', errorMessage(error));
      else if (code === 'WEAK_PASSWORD') form.setFieldError('newPassword', errorMessage(error));
      else form.setErrors(fieldErrorsOf(error));
    },
  });

  const code = appCodeOf(change.error);
  const generalError =
    change.error &&
    code !== 'INVALID_CREDENTIALS' &&
    code !== 'WEAK_PASSWORD' &&
    !Object.keys(fieldErrorsOf(change.error)).length;

  return (
    <Modal opened={opened} onClose={close} title="Change password" centered>
      <form
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
          change.mutate({ currentPassword, newPassword }),
        )}
        noValidate
      >
        <Stack gap="md">
          {generalError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(change.error)}
            </Alert>
          ) : null}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label="Repeat new password"
            autoComplete="new-password"
            {...form.getInputProps('confirmPassword')}
          />
          <Text size="sm" c="dimmed">
            Changing your password signs you out on every other device.
          </Text>
          <ModalFormFooter onCancel={close} submitLabel="Change password" loading={change.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
