import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { type ChannelAccountDto, type ChannelProviderInfo, connectableProviders } from '@stayzr/shared';
import { IconBroadcast, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { FeatureGate } from '../../plan/components/upgrade-hint';
import { useSubscription } from '../../plan/lib/use-subscription';
import { ChannelCard } from '../components/channel-card';
import { ChannelFormModal } from '../components/channel-form-modal';
import { ChannelTypesCard } from '../components/channel-types-card';
import { TestChannelModal } from '../components/test-channel-modal';

/** The header's and the empty state's button: SMS, the channel every plan has. */
const SMS_PROVIDER = connectableProviders('sms')[0] ?? null;

/** Org admins connect the hotel's channels, copy the webhook URLs into the provider and test them. */
export function ChannelsPage() {
  useDocumentTitle('Channels · Stayzr');
  const me = useMe();
  const channels = trpc.channels.list.useQuery();
  const subscription = useSubscription();
  const [formOpened, formModal] = useDisclosure(false);
  const [editing, setEditing] = useState<ChannelAccountDto | null>(null);
  const [connecting, setConnecting] = useState<ChannelProviderInfo | null>(null);
  const [testing, setTesting] = useState<ChannelAccountDto | null>(null);
  const smsInPlan = subscription.data?.features.smsIntegration ?? false;

  const openCreate = (provider: ChannelProviderInfo | null = SMS_PROVIDER) => {
    setEditing(null);
    setConnecting(provider);
    formModal.open();
  };
  const openEdit = (channel: ChannelAccountDto) => {
    setEditing(channel);
    formModal.open();
  };

  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader
        title="Channels"
        description={`Where guests reach ${me.organization?.name ?? 'your hotel'}. Each channel needs its webhook URLs pasted into the provider once.`}
        actions={
          <FeatureGate feature="smsIntegration" variant="inline">
            <Button
              leftSection={<IconPlus stroke={1.75} aria-hidden size={18} />}
              onClick={() => openCreate()}
            >
              Add SMS channel
            </Button>
          </FeatureGate>
        }
      />

      <Stack gap="md" component="section" aria-labelledby="connected-title">
        <Title order={2} size="h4" id="connected-title">
          Connected channels
        </Title>
        {channels.isPending ? (
          <Stack gap="md" aria-busy="true">
            <Skeleton height={220} radius="md" />
          </Stack>
        ) : channels.isError ? (
          <ApiErrorAlert
            title="Could not load the channels"
            error={channels.error}
            retrying={channels.isFetching}
            onRetry={() => void channels.refetch()}
          />
        ) : channels.data.length === 0 ? (
          <Card withBorder padding="xl">
            <Stack align="center" gap="xs">
              <IconBroadcast stroke={1.75} aria-hidden size={32} color="var(--mantine-color-dimmed)" />
              <Text fw={600}>No channels yet</Text>
              <Text size="sm" c="dimmed" ta="center" maw={420}>
                Connect a {SMS_PROVIDER?.label ?? 'phone'} number so guests can text the hotel and your team
                can answer from the inbox.
              </Text>
              {smsInPlan ? (
                <Group mt="xs">
                  <Button
                    leftSection={<IconPlus stroke={1.75} aria-hidden size={16} />}
                    onClick={() => openCreate()}
                  >
                    Add SMS channel
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Card>
        ) : (
          channels.data.map((channel) => (
            <ChannelCard key={channel.id} channel={channel} onEdit={openEdit} onTest={setTesting} />
          ))
        )}
      </Stack>

      {subscription.data ? <ChannelTypesCard subscription={subscription.data} onAdd={openCreate} /> : null}

      <ChannelFormModal
        opened={formOpened}
        provider={connecting}
        channel={editing}
        onClose={formModal.close}
      />
      <TestChannelModal channel={testing} onClose={() => setTesting(null)} />
    </Stack>
  );
}
