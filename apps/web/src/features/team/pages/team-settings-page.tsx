import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { canManageTeam, useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { SeatLimitHint, useSeatLimit } from '../../plan/components/seat-limit';
import { InvitationsTable } from '../components/invitations-table';
import { InviteModal } from '../components/invite-modal';
import { MembersTable } from '../components/members-table';
import { userCountLine } from '../lib/user-count';

export function TeamSettingsPage() {
  useDocumentTitle('Team · Stayzr');
  const me = useMe();
  const organizationName = me.organization?.name ?? '';
  const canManage = canManageTeam(me);
  const [inviteOpened, inviteModal] = useDisclosure(false);
  const seatLimit = useSeatLimit(canManage);

  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader
        title="Team"
        description={
          canManage
            ? `Everyone who can sign in to ${organizationName}. Invite teammates, set their role and what they can see.`
            : `Everyone who can sign in to ${organizationName}. Ask an org admin to change roles or invite someone.`
        }
        actions={
          canManage ? (
            <Button
              leftSection={<IconUserPlus stroke={1.75} aria-hidden size={18} />}
              onClick={inviteModal.open}
            >
              Invite teammate
            </Button>
          ) : null
        }
      />
      {canManage ? <SeatLimitHint hint={seatLimit} /> : null}
      <MembersSection currentUserId={me.id} canManage={canManage} />
      {canManage ? <InvitationsSection onInvite={inviteModal.open} /> : null}
      {canManage ? (
        <InviteModal
          organizationName={organizationName}
          opened={inviteOpened}
          onClose={inviteModal.close}
          seatLimit={seatLimit}
        />
      ) : null}
    </Stack>
  );
}

function MembersSection({ currentUserId, canManage }: { currentUserId: string; canManage: boolean }) {
  const members = trpc.team.list.useQuery();
  // The organization's user count as the plan (and the platform) count it: one definition on every page.
  const users = trpc.subscription.usage.useQuery().data?.metrics.find((metric) => metric.metric === 'users');

  return (
    <Card withBorder padding={0} component="section" aria-labelledby="members-title">
      <Group justify="space-between" px="lg" py="md">
        <Title order={2} size="h4" id="members-title">
          Members
        </Title>
        {members.data ? (
          <Text size="sm" c="dimmed" data-testid="team-user-count">
            {userCountLine(members.data.filter((member) => member.status === 'active').length, users?.used)}
          </Text>
        ) : null}
      </Group>
      {members.isPending ? (
        <TableSkeleton />
      ) : members.isError ? (
        <Stack p="lg">
          <QueryError
            title="Could not load the team"
            error={members.error}
            retrying={members.isFetching}
            onRetry={() => void members.refetch()}
          />
        </Stack>
      ) : (
        <MembersTable members={members.data} currentUserId={currentUserId} canManage={canManage} />
      )}
    </Card>
  );
}

function InvitationsSection({ onInvite }: { onInvite: () => void }) {
  const invitations = trpc.team.invitations.useQuery();

  return (
    <Card withBorder padding={0} component="section" aria-labelledby="invitations-title">
      <Stack gap={2} px="lg" py="md">
        <Title order={2} size="h4" id="invitations-title">
          Pending invitations
        </Title>
        <Text size="sm" c="dimmed">
          Links that have not been used yet. Each works once and expires after 7 days.
        </Text>
      </Stack>
      {invitations.isPending ? (
        <TableSkeleton rows={2} />
      ) : invitations.isError ? (
        <Stack p="lg">
          <QueryError
            title="Could not load the invitations"
            error={invitations.error}
            retrying={invitations.isFetching}
            onRetry={() => void invitations.refetch()}
          />
        </Stack>
      ) : invitations.data.length === 0 ? (
        <Group px="lg" pb="lg" gap="xs">
          <Text size="sm" c="dimmed">
            No pending invitations.
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onInvite}>
            Invite someone
          </Button>
        </Group>
      ) : (
        <InvitationsTable invitations={invitations.data} />
      )}
    </Card>
  );
}
