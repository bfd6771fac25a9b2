import { Badge, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import type { RouterOutputs } from '../../../lib/trpc';

type AuditEntry = RouterOutputs['platform']['auditLog']['items'][number];

const ACTOR_TYPE_LABELS: Record<string, string> = {
  super_admin: 'Super admin',
  user: 'User',
  system: 'System',
};

export function AuditLogTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="xs" style={{ whiteSpace: 'nowrap' }} striped aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Organization</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>IP</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Tooltip label={formatRelativeTime(entry.createdAt)}>
                  <Text size="sm" w="fit-content" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.createdAt)}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{entry.actorEmail ?? (entry.actorUserId ? 'Deleted user' : 'System')}</Text>
                  <Group gap={4}>
                    <Text size="xs" c="dimmed">
                      {ACTOR_TYPE_LABELS[entry.actorType] ?? entry.actorType}
                    </Text>
                    {entry.impersonating ? (
                      <Badge size="xs" color="orange" variant="light">
                        Impersonating
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={entry.organizationName ? undefined : 'dimmed'}>
                  {entry.organizationName ?? 'Platform'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                {entry.targetType ? (
                  <Tooltip label={entry.targetId ?? ''} disabled={!entry.targetId}>
                    <Text size="sm" w="fit-content">
                      {entry.targetType}
                      {entry.targetId ? (
                        // The tail: ids are time-ordered, so their beginnings look alike.
                        <Text span c="dimmed" ff="monospace" size="xs">
                          {' '}
                          …{entry.targetId.slice(-8)}
                        </Text>
                      ) : null}
                    </Text>
                  </Tooltip>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {entry.ip ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
