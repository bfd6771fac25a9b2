import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CHANNEL_PROVIDERS, CHANNEL_TYPE_LABELS, type ChannelAccountDto } from '@stayzr/shared';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { trpc } from '../../../lib/trpc';
import { ChannelIcon } from '../../../ui/channel-icon';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { useApiErrorNotifier } from '../../plan/components/plan-error-alert';
import { CHANNEL_STATUS } from '../lib/channel-types';
import { WebhookUrls } from './webhook-urls';

type StatusChange = Parameters<ReturnType<typeof trpc.channels.update.useMutation>['mutate']>[0];

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
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  const provider = CHANNEL_PROVIDERS[channel.provider];
  // Channels of providers the settings page can connect are managed here; the others by the Stayzr team.
  const managed = provider.connectable;
  const disconnected = channel.status === 'disconnected';
  const disabled = channel.status === 'disabled';
  const testNoun = provider.test?.noun ?? 'test message';

  const disconnect = trpc.channels.disconnect.useMutation({
    onSuccess: (updated) =>
      notifications.show({
        color: 'teal',
        message: `${updated.name} is disconnected. Its conversations stay in the inbox.`,
      }),
    onError: (error) => notify(`Could not disconnect ${channel.name}`, error),
    onSettled: () => {
      setConfirmingDisconnect(false);
      void utils.channels.list.invalidate();
    },
  });

  const setStatus = trpc.channels.update.useMutation({
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
              {CHANNEL_TYPE_LABELS[channel.type]} · {provider.label} ·{' '}
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
        {managed && !disconnected ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend stroke={1.75} aria-hidden size={14} />}
              onClick={() => onTest(channel)}
              disabled={disabled}
              title={disabled ? `Enable the channel to send a ${testNoun}` : undefined}
            >
              Send {testNoun}
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
                  ? setStatus.mutate({
                      provider: channel.provider,
                      channelAccountId: channel.id,
                      status: 'active',
                    } as StatusChange)
                  : setConfirmingDisable(true)
              }
            >
              {disabled ? 'Enable' : 'Disable'}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmingDisconnect(true)}>
              Disconnect
            </Button>
          </Group>
        ) : null}
      </Group>

      {managed && disconnected ? (
        <Text size="sm" c="dimmed" mt="md">
          Disconnected: Stayzr no longer holds its credentials, sends from it or accepts its webhooks. Its
          conversations stay in the inbox; add the channel again with the same{' '}
          {CHANNEL_TYPE_LABELS[channel.type]} address to bring it back.
        </Text>
      ) : managed ? (
        <>
          <Divider my="md" />
          <Stack gap="sm">
            <Group gap="xl">
              {provider.fields
                .filter((field) => field.key !== provider.addressField)
                .map((field) => (
                  <Stack gap={0} key={field.key}>
                    <Text size="xs" c="dimmed">
                      {field.label}
                    </Text>
                    {field.kind === 'secret' ? (
                      <Text size="sm">Stored encrypted, never shown</Text>
                    ) : (
                      <Text size="sm" ff={field.monospace ? 'monospace' : undefined}>
                        {channel.settings[field.key] ?? '—'}
                      </Text>
                    )}
                  </Stack>
                ))}
            </Group>
            <Text size="sm" fw={600} mt="xs">
              Webhook URLs to paste into {provider.label}
            </Text>
            <WebhookUrls channel={channel} />
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
        onConfirm={() =>
          setStatus.mutate({
            provider: channel.provider,
            channelAccountId: channel.id,
            status: 'disabled',
          } as StatusChange)
        }
      >
        Your team can no longer send from {channel.address}. Texts guests send to it are still received and
        shown in the inbox. You can enable it again at any time.
      </ConfirmModal>
      <ConfirmModal
        opened={confirmingDisconnect}
        title={`Disconnect ${channel.name}?`}
        confirmLabel="Disconnect"
        danger
        loading={disconnect.isPending}
        onClose={() => setConfirmingDisconnect(false)}
        onConfirm={() => disconnect.mutate({ channelAccountId: channel.id })}
      >
        Stayzr forgets the {provider.label} credentials of {channel.address}: your team can no longer send
        from it, and messages guests send to it are no longer received. Its conversations stay in the inbox.
        Remove the webhook URLs from {provider.label} too.
      </ConfirmModal>
    </Card>
  );
}
