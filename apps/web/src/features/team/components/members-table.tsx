import { Avatar, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { DATA_SCOPE_LABELS } from '../../../lib/labels';
import type { RouterOutputs } from '../../../lib/trpc';
import { ActiveBadge, RoleBadge } from '../../../ui/status-badges';
import { MemberActionsMenu } from './member-actions-menu';

type Member = RouterOutputs['team']['list'][number];

interface MembersTableProps {
  members: readonly Member[];
  currentUserId: string;
  /** Org admins get a menu of actions per member; staff see the list only. */
  canManage: boolean;
}

export function MembersTable({ members, currentUserId, canManage }: MembersTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }} highlightOnHover aria-label="Team members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Conversations</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            {canManage ? (
              <Table.Th w={56}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => {
            const isSelf = member.id === currentUserId;
            return (
              <Table.Tr key={member.id} opacity={member.status === 'active' ? 1 : 0.65}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar name={member.name} color="initials" radius="xl" size={32} />
                    <Text size="sm" fw={500}>
                      {member.name}
                    </Text>
                    {isSelf ? (
                      <Badge size="xs" variant="outline" color="gray">
                        You
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={member.role} />
                </Table.Td>
                <Table.Td>
                  <ActiveBadge active={member.status === 'active'} inactiveLabel="Deactivated" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{DATA_SCOPE_LABELS[member.dataScope]}</Text>
                </Table.Td>
                <Table.Td>
                  {member.lastLoginAt ? (
                    <Tooltip label={formatDateTime(member.lastLoginAt)}>
                      <Text size="sm" w="fit-content">
                        {formatRelativeTime(member.lastLoginAt)}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Never
                    </Text>
                  )}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <MemberActionsMenu member={member} isSelf={isSelf} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
