import { Card, Center, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { ListCardBody } from '../../../ui/list-card-body';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { PageHeader } from '../../../ui/page-header';
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
        <ListCardBody
          query={log}
          rows={entries}
          errorTitle="Could not load the audit log"
          skeletonRows={6}
          empty={
            <Center p="xl">
              <Text c="dimmed" size="sm">
                Nothing has been recorded yet.
              </Text>
            </Center>
          }
        >
          {(rows) => (
            <>
              <OrgAuditTable entries={rows} />
              <LoadMoreFooter
                shown={entries.length}
                hasMore={log.hasNextPage}
                loading={log.isFetchingNextPage}
                onLoadMore={() => void log.fetchNextPage()}
              />
            </>
          )}
        </ListCardBody>
      </Card>
    </Stack>
  );
}
