import {
  ActionIcon,
  Badge,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { formatBytes, PLANS, type PlatformUsageRow, USAGE_METRICS, type UsageMetric } from '@stayzr/shared';
import { IconPencil } from '@tabler/icons-react';
import { SubscriptionStatusBadge } from '../../plan/components/subscription-status-badge';
import { METRIC_TITLES, usageBar } from '../../plan/lib/usage-bar';

const SHORT_TITLES: Record<UsageMetric, string> = { ...METRIC_TITLES, messages: 'Messages (month)' };

/** Every organization's usage against its limits; the fullest metric first catches the eye. */
export function UsageOverviewTable({
  rows,
  onEdit,
}: {
  rows: readonly PlatformUsageRow[];
  onEdit: (row: PlatformUsageRow) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table verticalSpacing="sm" aria-label="Usage by organization" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Organization</Table.Th>
            <Table.Th>Plan</Table.Th>
            {USAGE_METRICS.map((metric) => (
              <Table.Th key={metric}>{SHORT_TITLES[metric]}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.organizationId}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.slug}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color="gray" radius="sm">
                      {PLANS[row.plan].label}
                    </Badge>
                    <SubscriptionStatusBadge status={row.subscriptionStatus} />
                  </Group>
                  <Group gap={4}>
                    {row.readOnly ? (
                      <Badge size="xs" color="red" variant="outline">
                        Read-only
                      </Badge>
                    ) : null}
                    {row.overrides ? (
                      <Badge size="xs" color="violet" variant="outline">
                        Custom limits
                      </Badge>
                    ) : null}
                    {row.billingProvider === 'stripe' ? (
                      <Badge size="xs" color="indigo" variant="outline">
                        Stripe
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
              </Table.Td>
              {USAGE_METRICS.map((metric) => (
                <Table.Td key={metric} miw={130}>
                  <UsageCell metric={metric} {...row.usage[metric]} />
                </Table.Td>
              ))}
              <Table.Td>
                <Tooltip label="Plan, status, trial and limits">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Set plan for ${row.name}`}
                    onClick={() => onEdit(row)}
                  >
                    <IconPencil stroke={1.75} aria-hidden size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const count = new Intl.NumberFormat('en-US');

/** "812 / 1,000", "1.2 GB / 5 GB", "40 · unlimited": the column header names the metric. */
export function compactUsage(metric: UsageMetric, used: number, limit: number | null): string {
  const format = (value: number) => (metric === 'storageBytes' ? formatBytes(value) : count.format(value));
  return limit === null ? `${format(used)} · unlimited` : `${format(used)} / ${format(limit)}`;
}

function UsageCell({ metric, used, limit }: { metric: UsageMetric; used: number; limit: number | null }) {
  const bar = usageBar({ metric, used, limit });
  return (
    <Stack gap={4}>
      <Text size="xs">{compactUsage(metric, used, limit)}</Text>
      {limit === null ? null : (
        <Progress value={bar.percent} color={bar.color} size="sm" aria-label={bar.summary} />
      )}
    </Stack>
  );
}
