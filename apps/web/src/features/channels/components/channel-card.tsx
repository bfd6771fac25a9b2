import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ChannelAccountDto } from '@stayzr/shared';
import { CHANNEL_TYPE_LABELS } from '@stayzr/shared';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { trpc } from '../../../lib/trpc';
import { ChannelIcon } from '../../../ui/channel-icon';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { useApiErrorNotifier } from '../../plan/components/plan-error-alert';
import { CHANNEL_STATUS, PROVIDER_LABELS } from '../lib/channel-types';
import { WebhookUrls } from './webhook-urls';

interface ChannelCardProps {
  channel: ChannelAccountDto;
  onEdit: (channel: ChannelAccountDto) => void;
  onTest: (channel: ChannelAccountDto) => void;
}

export function ChannelStatusBadge({ status }: { status: ChannelAccountDto['status'] }) {
  const { label, color } = CHANNEL_STATUS[status];
  return (
    <Badge variant="dot" color={color} radius="sm">
      {label}
    </Badge>
  );
}

/** One connected channel: its number or address, status, the URLs for the provider, and its actions. */
export function ChannelCard({ channel, onEdit, onTest }: ChannelCardProps) {
  const utils = trpc.useUtils();
  const notify = useApiErrorNotifier();
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const twilio = channel.provider === 'twilio';
  const disabled = channel.status === 'disabled';

  const setStatus = trpc.channels.updateTwilioSms.useMutation({
    onSuccess: (updated) =>
      notifications.show({
        color: 'teal',
        message:
          updated.status === 'disabled'
            ? `${updated.name} is disabled. Your team cannot send from it.`
            : `${updated.name} is enabled again.`,
      }),
    onError: (error) => notify(`Could not change ${channel.name}`, error),
    onSettled: () => {
      setConfirmingDisable(false);
      void utils.channels.list.invalidate();
    },
  });

  return (
    <Card withBorder padding="lg" component="article" aria-label={channel.name}>
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ChannelIcon type={channel.type} framed muted={disabled} />
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {channel.name}
              </Title>
              <ChannelStatusBadge status={channel.status} />
            </Group>
            <Text size="sm">
              {CHANNEL_TYPE_LABELS[channel.type]} · {PROVIDER_LABELS[channel.provider]} ·{' '}
              <Text span ff="monospace" size="sm">
                {channel.address}
              </Text>
            </Text>
            {channel.statusDetail ? (
              <Text size="sm" c={channel.status === 'error' ? 'red' : 'dimmed'}>
                {channel.statusDetail}
              </Text>
            ) : null}
          </Stack>
        </Group>
        {twilio ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend stroke={1.75} aria-hidden size={14} />}
              onClick={() => onTest(channel)}
              disabled={disabled}
              title={disabled ? 'Enable the channel to send a test SMS' : undefined}
            >
              Send test SMS
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil stroke={1.75} aria-hidden size={14} />}
              onClick={() => onEdit(channel)}
            >
              Edit
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color={disabled ? 'teal' : 'red'}
              loading={setStatus.isPending}
              onClick={() =>
                disabled
                  ? setStatus.mutate({ channelAccountId: channel.id, status: 'active' })
                  : setConfirmingDisable(true)
              }
            >
              {disabled ? 'Enable' : 'Disable'}
            </Button>
          </Group>
        ) : null}
      </Group>

      {twilio ? (
        <>
          <Divider my="md" />
          <Stack gap="sm">
            <Group gap="xl">
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  Twilio account SID
                </Text>
                <Text size="sm" ff="monospace">
                  {channel.settings.accountSid ?? '—'}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  Auth token
                </Text>
                <Text size="sm">Stored encrypted, never shown</Text>
              </Stack>
            </Group>
            <Text size="sm" fw={600} mt="xs">
              Webhook URLs to paste into Twilio
            </Text>
            <WebhookUrls urls={channel.webhookUrls} />
          </Stack>
        </>
      ) : (
        <Text size="sm" c="dimmed" mt="md">
          Set up by the Stayzr team. Editing {CHANNEL_TYPE_LABELS[channel.type]} channels here is not
          available yet.
        </Text>
      )}

      <ConfirmModal
        opened={confirmingDisable}
        title={`Disable ${channel.name}?`}
        confirmLabel="Disable"
        danger
        loading={setStatus.isPending}
        onClose={() => setConfirmingDisable(false)}
        onConfirm={() => setStatus.mutate({ channelAccountId: channel.id, status: 'disabled' })}
      >
        Your team can no longer send from {channel.address}. Texts guests send to it are still received and
        shown in the inbox. You can enable it again at any time.
      </ConfirmModal>
    </Card>
  );
}
