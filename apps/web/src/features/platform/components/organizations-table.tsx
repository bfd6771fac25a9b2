import { ActionIcon, Badge, Button, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { PLAN_LABELS, SUBSCRIPTION_LABELS } from '../../../lib/labels';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ActiveBadge } from '../../../ui/status-badges';
import { useOrganizationSwitch } from '../../auth/lib/use-organization-switch';
import { SetSubscriptionModal, type SubscriptionTarget } from './set-subscription-modal';

type Organization = RouterOutputs['platform']['organizations']['list'][number];

const SUBSCRIPTION_COLORS: Record<Organization['subscriptionStatus'], string> = {
  trialing: 'blue',
  active: 'teal',
  past_due: 'orange',
  canceled: 'gray',
};

const count = new Intl.NumberFormat();

interface OrganizationsTableProps {
  organizations: readonly Organization[];
  /** The organization the super admin is switched into, if any. */
  currentId: string | null;
}

export function OrganizationsTable({ organizations, currentId }: OrganizationsTableProps) {
  const utils = trpc.useUtils();
  const { switchTo, switchingTo } = useOrganizationSwitch();
  const [changing, setChanging] = useState<Organization | null>(null);
  const [billing, setBilling] = useState<SubscriptionTarget | null>(null);

  const settled = () => {
    setChanging(null);
    void utils.platform.organizations.list.invalidate();
  };
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: 'Could not change the organization',
      message: errorMessage(error),
    });
  const suspend = trpc.platform.organizations.suspend.useMutation({
    onSuccess: () => notifications.show({ color: 'teal', message: `${changing?.name} was suspended.` }),
    onError: failed,
    onSettled: settled,
  });
  const reactivate = trpc.platform.organizations.reactivate.useMutation({
    onSuccess: () => notifications.show({ color: 'teal', message: `${changing?.name} is active again.` }),
    onError: failed,
    onSettled: settled,
  });
  const suspending = changing?.status === 'active';

  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table
          verticalSpacing="sm"
          style={{ whiteSpace: 'nowrap' }}
          highlightOnHover
          aria-label="Organizations"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Slug</Table.Th>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Subscription</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Users</Table.Th>
              <Table.Th ta="right">Guests</Table.Th>
              <Table.Th ta="right">Conversations</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organizations.map((organization) => (
              <Table.Tr key={organization.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {organization.name}
                      </Text>
                      {organization.id === currentId ? (
                        <Badge size="xs" color="orange" variant="light">
                          Viewing
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      Since {organization.createdAt.toLocaleDateString()}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" c="dimmed">
                    {organization.slug}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray" radius="sm">
                    {PLAN_LABELS[organization.plan]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={SUBSCRIPTION_COLORS[organization.subscriptionStatus]}
                    radius="sm"
                  >
                    {SUBSCRIPTION_LABELS[organization.subscriptionStatus]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ActiveBadge active={organization.status === 'active'} inactiveLabel="Suspended" />
                </Table.Td>
                <Table.Td ta="right">{count.format(organization.counts.users)}</Table.Td>
                <Table.Td ta="right">{count.format(organization.counts.guests)}</Table.Td>
                <Table.Td ta="right">{count.format(organization.counts.conversations)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconSwitchHorizontal stroke={1.75} aria-hidden size={14} />}
                      aria-label={`Switch into ${organization.name}`}
                      loading={switchingTo === organization.id}
                      disabled={organization.id === currentId}
                      onClick={() => switchTo(organization.id)}
                    >
                      Switch into
                    </Button>
                    <Menu position="bottom-end" shadow="md" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`More actions for ${organization.name}`}
                        >
                          <IconDots stroke={1.75} aria-hidden size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          onClick={() =>
                            setBilling({ organizationId: organization.id, name: organization.name })
                          }
                        >
                          Set plan…
                        </Menu.Item>
                        <Menu.Item
                          color={organization.status === 'active' ? 'red' : undefined}
                          onClick={() => setChanging(organization)}
                        >
                          {organization.status === 'active' ? 'Suspend…' : 'Reactivate…'}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={changing !== null}
        title={suspending ? `Suspend ${changing?.name}?` : `Reactivate ${changing?.name}?`}
        confirmLabel={suspending ? 'Suspend' : 'Reactivate'}
        danger={suspending}
        loading={suspend.isPending || reactivate.isPending}
        onClose={() => setChanging(null)}
        onConfirm={() => {
          if (!changing) return;
          (suspending ? suspend : reactivate).mutate({ organizationId: changing.id });
        }}
      >
        {suspending
          ? 'Everyone in this organization is signed out at once and cannot sign in until you reactivate it.'
          : 'Its team can sign in again.'}
      </ConfirmModal>
      <SetSubscriptionModal target={billing} onClose={() => setBilling(null)} />
    </>
  );
}
