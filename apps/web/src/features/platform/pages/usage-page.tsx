import { Card, Chip, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type PlatformUsageRow, USAGE_METRICS } from '@stayzr/shared';
import { useState } from 'react';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { usageLevel } from '../../plan/lib/usage-bar';
import { SetSubscriptionModal, type SubscriptionTarget } from '../components/set-subscription-modal';
import { UsageOverviewTable } from '../components/usage-overview-table';

/** Near (80 %+), at or over a limit on any metric: the hotels to talk to about their plan. */
export function needsAttention(row: PlatformUsageRow): boolean {
  return (
    row.readOnly ||
    USAGE_METRICS.some((metric) => {
      const level = usageLevel(row.usage[metric].used, row.usage[metric].limit);
      return level === 'near' || level === 'full' || level === 'over';
    })
  );
}

/** Super admins: every organization's plan, status and usage against its limits. */
export function PlatformUsagePage() {
  useDocumentTitle('Usage overview · Stayzr');
  const overview = trpc.platform.usageOverview.useQuery();
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [editing, setEditing] = useState<SubscriptionTarget | null>(null);
  const rows = overview.data?.filter((row) => !onlyAttention || needsAttention(row)) ?? [];

  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title="Usage overview"
        description="Every hotel’s plan and subscription, and what it uses against its limits this month."
        actions={
          <Chip checked={onlyAttention} onChange={setOnlyAttention} variant="light">
            Near or over a limit
          </Chip>
        }
      />
      <Card withBorder padding={0} pt="xs">
        {overview.isPending ? (
          <TableSkeleton rows={4} />
        ) : overview.isError ? (
          <Stack p="lg">
            <QueryError
              title="Could not load the usage overview"
              error={overview.error}
              retrying={overview.isFetching}
              onRetry={() => void overview.refetch()}
            />
          </Stack>
        ) : rows.length === 0 ? (
          <Group p="lg">
            <Text size="sm" c="dimmed">
              {onlyAttention ? 'No organization is near a limit.' : 'No organizations yet.'}
            </Text>
          </Group>
        ) : (
          <UsageOverviewTable
            rows={rows}
            onEdit={(row) => setEditing({ organizationId: row.organizationId, name: row.name })}
          />
        )}
      </Card>
      <SetSubscriptionModal target={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
