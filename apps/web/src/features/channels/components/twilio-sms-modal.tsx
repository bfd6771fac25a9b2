import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ChannelAccountDto, ZCreateTwilioSmsChannelInput } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { WebhookUrls } from './webhook-urls';

interface TwilioSmsModalProps {
  opened: boolean;
  /** The channel to edit; null adds a new one. */
  channel: ChannelAccountDto | null;
  onClose: () => void;
}

export function TwilioSmsModal({ opened, channel, onClose }: TwilioSmsModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={channel ? `Edit ${channel.name}` : 'Add an SMS channel'}
      size="lg"
      centered
    >
      {/* Mantine unmounts the content once closed, so each opening starts from a fresh form. */}
      {channel ? <EditForm channel={channel} onClose={onClose} /> : <CreateForm onClose={onClose} />}
    </Modal>
  );
}

interface CreateValues {
  name: string;
  accountSid: string;
  authToken: string;
  phoneNumber: string;
}

function CreateForm({ onClose }: { onClose: () => void }) {
  const utils = trpc.useUtils();
  const [created, setCreated] = useState<ChannelAccountDto | null>(null);
  const form = useForm<CreateValues>({
    initialValues: { name: 'Front desk SMS', accountSid: '', authToken: '', phoneNumber: '' },
    validate: validateWith(ZCreateTwilioSmsChannelInput),
  });
  const create = trpc.channels.createTwilioSms.useMutation({
    onSuccess: (channel) => {
      setCreated(channel);
      void utils.channels.list.invalidate();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const generalError =
    create.error && Object.keys(fieldErrorsOf(create.error)).length === 0 ? create.error : null;

  if (created) {
    return (
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm">
            <strong>{created.name}</strong> is connected to {created.address}. Paste these URLs into Twilio so
            guests’ texts and delivery updates reach Stayzr:
          </Text>
        </Group>
        <WebhookUrls urls={created.webhookUrls} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Use a Twilio phone number that can send and receive SMS. The details are in the Twilio console under
          Account → API keys & tokens.
        </Text>
        {generalError ? <ApiErrorAlert title="The channel was not added" error={generalError} /> : null}
        <TextInput
          label="Name"
          description="How your team sees this channel"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Account SID"
          placeholder="AC…"
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('accountSid')}
        />
        <PasswordInput
          label="Auth token"
          description="Stored encrypted and never shown again."
          autoComplete="new-password"
          {...form.getInputProps('authToken')}
        />
        <TextInput
          label="Phone number"
          placeholder="+15005550006"
          description="The Twilio number, in international format."
          type="tel"
          {...form.getInputProps('phoneNumber')}
        />
        <ModalFormFooter onCancel={onClose} submitLabel="Add channel" loading={create.isPending} mt="xs" />
      </Stack>
    </form>
  );
}

interface EditValues {
  name: string;
  authToken: string;
}

function validateEdit(values: EditValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (name.length === 0) errors.name = 'Give the channel a name';
  else if (name.length > 80) errors.name = 'Use at most 80 characters';
  if (values.authToken && (values.authToken.length < 8 || values.authToken.length > 128)) {
    errors.authToken = 'An auth token has 8 to 128 characters';
  }
  return errors;
}

function EditForm({ channel, onClose }: { channel: ChannelAccountDto; onClose: () => void }) {
  const utils = trpc.useUtils();
  const form = useForm<EditValues>({
    initialValues: { name: channel.name, authToken: '' },
    validate: validateEdit,
  });
  const update = trpc.channels.updateTwilioSms.useMutation({
    onSuccess: () => {
      void utils.channels.list.invalidate();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const generalError =
    update.error && Object.keys(fieldErrorsOf(update.error)).length === 0 ? update.error : null;

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        update.mutate({
          channelAccountId: channel.id,
          name: values.name.trim(),
          ...(values.authToken ? { authToken: values.authToken } : {}),
        }),
      )}
      noValidate
    >
      <Stack gap="md">
        {generalError ? <ApiErrorAlert title="The channel was not saved" error={generalError} /> : null}
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Account SID"
          value={channel.settings.accountSid ?? ''}
          readOnly
          disabled
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <TextInput
          label="Phone number"
          value={channel.address}
          readOnly
          disabled
          description="To use another number or Twilio account, add a new channel."
        />
        <PasswordInput
          label="New auth token"
          description="Leave empty to keep the current token. The stored token is never shown."
          autoComplete="new-password"
          {...form.getInputProps('authToken')}
        />
        <ModalFormFooter onCancel={onClose} submitLabel="Save" loading={update.isPending} mt="xs" />
      </Stack>
    </form>
  );
}
