import { Card, Center, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { OrgAuditTable } from '../components/org-audit-table';

const PAGE_SIZE = 50;

/** The organization's own audit log, for its org admins: who did what, newest first. */
export function AuditLogPage() {
  useDocumentTitle('Audit log · Stayzr');
  const organizationName = useMe().organization?.name ?? 'your organization';
  const log = trpc.audit.list.useInfiniteQuery(
    { limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader
        title="Audit log"
        description={`Sign-ins, team and settings changes in ${organizationName}, newest first. What the Stayzr support team does here is listed as Stayzr support.`}
      />
      <Card withBorder padding={0} pt="xs">
        {log.isPending ? (
          <TableSkeleton rows={6} />
        ) : log.isError && entries.length === 0 ? (
          <Stack p="lg">
            <QueryError
              title="Could not load the audit log"
              error={log.error}
              retrying={log.isFetching}
              onRetry={() => void log.refetch()}
            />
          </Stack>
        ) : entries.length === 0 && !log.hasNextPage ? (
          <Center p="xl">
            <Text c="dimmed" size="sm">
              Nothing has been recorded yet.
            </Text>
          </Center>
        ) : (
          <>
            <OrgAuditTable entries={entries} />
            <LoadMoreFooter
              shown={entries.length}
              hasMore={log.hasNextPage}
              loading={log.isFetchingNextPage}
              onLoadMore={() => void log.fetchNextPage()}
            />
          </>
        )}
      </Card>
    </Stack>
  );
}
