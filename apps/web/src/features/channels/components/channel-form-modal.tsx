import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CHANNEL_PROVIDERS,
  type ChannelAccountDto,
  type ChannelProviderInfo,
  type ConfigFieldInfo,
  channelFormSchema,
  ZChannelName,
} from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { WebhookUrls } from './webhook-urls';

interface ChannelFormModalProps {
  opened: boolean;
  /** The provider a new channel is connected with (from the channel catalog). */
  provider: ChannelProviderInfo | null;
  /** The channel to edit; null connects a new one. */
  channel: ChannelAccountDto | null;
  onClose: () => void;
}

/** Connects or edits a channel; the form's fields are the provider's, described in the channel catalog. */
export function ChannelFormModal({ opened, provider, channel, onClose }: ChannelFormModalProps) {
  const typeLabel = provider?.type === 'sms' ? 'an SMS channel' : 'a channel';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={channel ? `Edit ${channel.name}` : `Add ${typeLabel}`}
      size="lg"
      centered
    >
      {/* Mantine unmounts the content once closed, so each opening starts from a fresh form. */}
      {channel ? (
        <EditForm channel={channel} onClose={onClose} />
      ) : provider ? (
        <ConnectForm provider={provider} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

/** An error none of the form's fields can show (a conflict, or a field the form does not have). */
function generalErrorOf<E>(error: E | null, values: Record<string, string>): E | null {
  return error && !Object.keys(fieldErrorsOf(error)).some((key) => key in values) ? error : null;
}

function ConfigInput({ field, ...input }: { field: ConfigFieldInfo; label: string; description?: string }) {
  const common = {
    placeholder: field.placeholder,
    ...(field.monospace ? { styles: { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } } : {}),
  };
  if (field.kind === 'secret') return <PasswordInput autoComplete="new-password" {...common} {...input} />;
  return (
    <TextInput
      autoComplete="off"
      spellCheck={false}
      type={field.kind === 'phone' ? 'tel' : 'text'}
      {...common}
      {...input}
    />
  );
}

function ConnectForm({ provider, onClose }: { provider: ChannelProviderInfo; onClose: () => void }) {
  const utils = trpc.useUtils();
  const [created, setCreated] = useState<ChannelAccountDto | null>(null);
  const form = useForm<Record<string, string>>({
    initialValues: {
      name: provider.defaultName ?? '',
      ...Object.fromEntries(provider.fields.map((field) => [field.key, ''])),
    },
    validate: validateWith(channelFormSchema(provider)),
  });
  const connect = trpc.channels.connect.useMutation({
    onSuccess: (channel) => {
      setCreated(channel);
      void utils.channels.list.invalidate();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const generalError = generalErrorOf(connect.error, form.values);

  if (created) {
    return (
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm">
            <strong>{created.name}</strong> is connected to {created.address}. Paste these URLs into{' '}
            {provider.label} so guests’ messages and delivery updates reach Stayzr:
          </Text>
        </Group>
        <WebhookUrls channel={created} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  const submit = ({ name, ...config }: Record<string, string>) =>
    connect.mutate({
      provider: provider.provider,
      name: name ?? '',
      config: config as never,
    } as Parameters<typeof connect.mutate>[0]);

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {provider.connectIntro ? (
          <Text size="sm" c="dimmed">
            {provider.connectIntro}
          </Text>
        ) : null}
        {generalError ? <ApiErrorAlert title="The channel was not added" error={generalError} /> : null}
        <TextInput
          label="Name"
          description="How your team sees this channel"
          data-autofocus
          {...form.getInputProps('name')}
        />
        {provider.fields.map((field) => (
          <ConfigInput
            key={field.key}
            field={field}
            label={field.label}
            {...(field.description ? { description: field.description } : {})}
            {...form.getInputProps(field.key)}
          />
        ))}
        <ModalFormFooter onCancel={onClose} submitLabel="Add channel" loading={connect.isPending} mt="xs" />
      </Stack>
    </form>
  );
}

function EditForm({ channel, onClose }: { channel: ChannelAccountDto; onClose: () => void }) {
  const provider = CHANNEL_PROVIDERS[channel.provider];
  const editable = provider.fields.filter((field) => field.update);
  const utils = trpc.useUtils();
  const form = useForm<Record<string, string>>({
    initialValues: { name: channel.name, ...Object.fromEntries(editable.map((field) => [field.key, ''])) },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const name = ZChannelName.safeParse(values.name);
      if (!name.success) errors.name = name.error.issues[0]?.message ?? 'Give the channel a name';
      // Empty keeps the stored value; anything else must pass the provider's schema.
      const changed = Object.fromEntries(editable.map((f) => [f.key, values[f.key]]).filter(([, v]) => v));
      const config = provider.updateSchema?.safeParse(changed);
      for (const issue of config && !config.success ? config.error.issues : []) {
        errors[String(issue.path[0])] = issue.message;
      }
      return errors;
    },
  });
  const update = trpc.channels.update.useMutation({
    onSuccess: () => {
      void utils.channels.list.invalidate();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const generalError = generalErrorOf(update.error, form.values);

  const submit = ({ name, ...values }: Record<string, string>) => {
    const config = Object.fromEntries(Object.entries(values).filter(([, value]) => value));
    update.mutate({
      provider: channel.provider,
      channelAccountId: channel.id,
      name: (name ?? '').trim(),
      ...(Object.keys(config).length ? { config } : {}),
    } as Parameters<typeof update.mutate>[0]);
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {generalError ? <ApiErrorAlert title="The channel was not saved" error={generalError} /> : null}
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        {provider.fields.map((field) =>
          field.update ? (
            <ConfigInput
              key={field.key}
              field={field}
              label={field.update.label}
              description={field.update.description}
              {...form.getInputProps(field.key)}
            />
          ) : (
            <TextInput
              key={field.key}
              label={field.label}
              value={
                field.key === provider.addressField ? channel.address : (channel.settings[field.key] ?? '')
              }
              readOnly
              disabled
              {...(field.readOnlyNote ? { description: field.readOnlyNote } : {})}
              {...(field.monospace
                ? { styles: { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } }
                : {})}
            />
          ),
        )}
        <ModalFormFooter onCancel={onClose} submitLabel="Save" loading={update.isPending} mt="xs" />
      </Stack>
    </form>
  );
}
