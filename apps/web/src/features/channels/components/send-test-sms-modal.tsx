import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ChannelAccountDto, ZE164 } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { useRetained } from '../../plan/lib/use-retained';

function validateTo(value: string): string | null {
  const parsed = ZE164.safeParse(value.trim());
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the number');
}

/** Sends a real SMS through the channel, and shows Twilio's answer: the message id, or its error. */
export function SendTestSmsModal({
  channel: requested,
  onClose,
}: {
  channel: ChannelAccountDto | null;
  onClose: () => void;
}) {
  const channel = useRetained(requested);
  const form = useForm({ initialValues: { to: '' }, validate: { to: validateTo } });
  const send = trpc.channels.sendTestSms.useMutation();
  const close = () => {
    onClose();
    send.reset();
    form.reset();
  };

  return (
    <Modal opened={requested !== null} onClose={close} title="Send a test SMS" centered>
      {channel ? (
        <form
          onSubmit={form.onSubmit(({ to }) => send.mutate({ channelAccountId: channel.id, to: to.trim() }))}
          noValidate
        >
          <Stack gap="md">
            <Text size="sm">
              Sends “Stayzr test message: your SMS channel works.” from {channel.address} through Twilio. Use
              your own mobile number.
            </Text>
            <TextInput
              label="Send to"
              placeholder="+351912345678"
              type="tel"
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
                Twilio accepted the message (id{' '}
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
              submitLabel={send.isSuccess || send.isError ? 'Send again' : 'Send test SMS'}
              loading={send.isPending}
            />
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
