import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CHANNEL_PROVIDERS, type ChannelAccountDto } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { useRetained } from '../../plan/lib/use-retained';

/** Sends a real test message through the channel, and shows the provider's answer: the message id, or its error. */
export function TestChannelModal({
  channel: requested,
  onClose,
}: {
  channel: ChannelAccountDto | null;
  onClose: () => void;
}) {
  const channel = useRetained(requested);
  const provider = channel ? CHANNEL_PROVIDERS[channel.provider] : null;
  const test = provider?.test;
  const form = useForm({
    initialValues: { to: '' },
    validate: {
      to: (value: string) => {
        const parsed = test?.schema.shape.to?.safeParse(value.trim());
        return !parsed || parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the recipient');
      },
    },
  });
  const send = trpc.channels.test.useMutation();
  const close = () => {
    onClose();
    send.reset();
    form.reset();
  };

  return (
    <Modal
      opened={requested !== null}
      onClose={close}
      title={test ? `Send a ${test.noun}` : 'Send a test message'}
      centered
    >
      {channel && provider && test ? (
        <form
          onSubmit={form.onSubmit(({ to }) =>
            send.mutate({
              provider: channel.provider,
              channelAccountId: channel.id,
              to: to.trim(),
            } as Parameters<typeof send.mutate>[0]),
          )}
          noValidate
        >
          <Stack gap="md">
            <Text size="sm">
              Sends “{test.body}” from {channel.address} through {provider.label}. {test.recipient.hint}
            </Text>
            <TextInput
              label={test.recipient.label}
              placeholder={test.recipient.placeholder}
              type={test.recipient.type}
              data-autofocus
              {...form.getInputProps('to')}
            />
            {send.isSuccess ? (
              <Alert
                color="teal"
                variant="light"
                icon={<IconCheck stroke={1.75} aria-hidden size={18} />}
                title="Sent"
                role="status"
              >
                {provider.label} accepted the message (id{' '}
                <Text span ff="monospace" size="sm">
                  {send.data.externalId}
                </Text>
                ). It should arrive within a minute.
              </Alert>
            ) : send.error ? (
              <ApiErrorAlert title="Not sent" error={send.error} />
            ) : null}
            <ModalFormFooter
              onCancel={close}
              cancelLabel="Close"
              submitLabel={send.isSuccess || send.isError ? 'Send again' : `Send ${test.noun}`}
              loading={send.isPending}
            />
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
