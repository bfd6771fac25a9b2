import { Anchor, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { OrgAuditLogEntry } from '@stayzr/shared';
import { Link } from 'react-router';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { actionDetail, actionLabel, actorName, targetLabel, targetPath } from '../lib/audit-labels';

export function OrgAuditTable({ entries }: { entries: readonly OrgAuditLogEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" striped aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Time</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>On</Table.Th>
            <Table.Th>IP</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditRow({ entry }: { entry: OrgAuditLogEntry }) {
  const detail = actionDetail(entry);
  const path = entry.target ? targetPath(entry.target) : null;
  return (
    <Table.Tr data-action={entry.action}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Tooltip label={formatRelativeTime(entry.createdAt)}>
          <Text size="sm" w="fit-content" component="time" dateTime={entry.createdAt.toISOString()}>
            {formatDateTime(entry.createdAt)}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <Actor actor={entry.actor} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {actionLabel(entry.action)}
          {detail ? (
            <Text span c="dimmed" size="sm">
              {' '}
              · {detail}
            </Text>
          ) : null}
        </Text>
      </Table.Td>
      <Table.Td maw={280}>
        {entry.target ? (
          path ? (
            <Anchor component={Link} to={path} size="sm" lineClamp={1}>
              {targetLabel(entry.target)}
            </Anchor>
          ) : (
            <Text size="sm" lineClamp={1}>
              {targetLabel(entry.target)}
            </Text>
          )
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {entry.ip ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function Actor({ actor }: { actor: OrgAuditLogEntry['actor'] }) {
  if (actor.kind === 'user') {
    return (
      <Stack gap={0}>
        <Anchor component={Link} to="/settings/team" size="sm" lineClamp={1}>
          {actor.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {actor.email}
        </Text>
      </Stack>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={actor.kind === 'platform' ? undefined : 'dimmed'}>
        {actorName(actor)}
      </Text>
      {actor.kind === 'platform' ? (
        <Badge size="xs" variant="light" color="grape">
          Platform team
        </Badge>
      ) : null}
    </Group>
  );
}
