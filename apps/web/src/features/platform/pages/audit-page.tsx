import { Card, Center, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { trpc } from '../../../lib/trpc';
import { ListCardBody } from '../../../ui/list-card-body';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { PageHeader } from '../../../ui/page-header';
import { AuditFilters, type AuditFilterValues } from '../components/audit-filters';
import { AuditLogTable } from '../components/audit-log-table';

const PAGE_SIZE = 50;

export function PlatformAuditPage() {
  useDocumentTitle('Audit log · Stayzr');
  const [filters, setFilters] = useState<AuditFilterValues>({ organizationId: null, action: '' });
  // Typing an action prefix should not send a request per keystroke.
  const [action] = useDebouncedValue(filters.action.trim(), 300);

  const log = trpc.platform.auditLog.useInfiniteQuery(
    {
      limit: PAGE_SIZE,
      ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
      ...(action ? { action } : {}),
    },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: (previous) => previous },
  );
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="xl" maw={1280}>
      <PageHeader
        title="Audit log"
        description="Sign-ins, team changes and every platform action, newest first. Actions taken while switched into an organization are marked."
      />
      <AuditFilters value={filters} onChange={setFilters} />
      <Card withBorder padding={0} pt="xs">
        <ListCardBody
          query={log}
          rows={entries}
          errorTitle="Could not load the audit log"
          skeletonRows={6}
          empty={
            <Center p="xl">
              <Text c="dimmed" size="sm">
                No audit entries match these filters.
              </Text>
            </Center>
          }
        >
          {(rows) => (
            <>
              <AuditLogTable entries={rows} />
              <LoadMoreFooter
                shown={entries.length}
                hasMore={log.hasNextPage}
                loading={log.isFetchingNextPage}
                // Older entries of the list on screen only: not while a new filter is still settling.
                disabled={action !== filters.action.trim() || log.isPlaceholderData}
                onLoadMore={() => void log.fetchNextPage()}
              />
            </>
          )}
        </ListCardBody>
      </Card>
    </Stack>
  );
}
