import { Alert, Button, Container, SimpleGrid, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { HealthReport } from '@stayzr/shared';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { DependencyCard } from '../components/dependency-card';
import { HealthSummary } from '../components/health-summary';
import { ServerUnreachable } from '../components/server-unreachable';
import { StatusSkeleton } from '../components/status-skeleton';
import { DEPENDENCY_ORDER } from '../lib/dependencies';

const REFRESH_INTERVAL_MS = 10_000;

export function StatusPage() {
  useDocumentTitle('System status · Stayzr');
  // Keeps polling after a failure too, so the page recovers by itself when the server comes back.
  const health = trpc.health.check.useQuery(undefined, { refetchInterval: REFRESH_INTERVAL_MS });

  return (
    <StatusView
      report={health.data}
      checkedAt={health.dataUpdatedAt > 0 ? new Date(health.dataUpdatedAt) : undefined}
      errorMessage={health.error?.message}
      fetching={health.isFetching}
      onRetry={() => void health.refetch()}
    />
  );
}

export interface StatusViewProps {
  report: HealthReport | undefined;
  checkedAt: Date | undefined;
  /** Set when the latest request failed, whether or not an older report is still on screen. */
  errorMessage: string | undefined;
  fetching: boolean;
  onRetry: () => void;
}

/** Everything the status page shows, as a function of the query state, so it can be rendered in tests. */
export function StatusView({ report, checkedAt, errorMessage, fetching, onRetry }: StatusViewProps) {
  return (
    <Container size="md" px={0}>
      <Stack gap="lg">
        <PageHeader
          title="System status"
          description="Health of the Stayzr server and the services it depends on, updated every 10 seconds."
          actions={
            report ? (
              <Button
                variant="default"
                leftSection={<IconRefresh stroke={1.75} aria-hidden size={16} />}
                loading={fetching}
                onClick={onRetry}
              >
                Check now
              </Button>
            ) : null
          }
        />
        <StatusBody
          report={report}
          checkedAt={checkedAt}
          errorMessage={errorMessage}
          fetching={fetching}
          onRetry={onRetry}
        />
      </Stack>
    </Container>
  );
}

function StatusBody({ report, checkedAt, errorMessage, fetching, onRetry }: StatusViewProps) {
  if (!report) {
    return errorMessage ? (
      <ServerUnreachable detail={errorMessage} retrying={fetching} onRetry={onRetry} />
    ) : (
      <StatusSkeleton />
    );
  }

  return (
    <>
      {errorMessage ? (
        // An old "all OK" must not pass for a current one when the server has stopped answering.
        <Alert
          color="orange"
          icon={<IconAlertTriangle stroke={1.75} aria-hidden size={20} />}
          title="Lost contact with the server"
        >
          The report below is from the last successful check and may be out of date. Details: {errorMessage}
        </Alert>
      ) : null}
      <HealthSummary report={report} checkedAt={checkedAt} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {DEPENDENCY_ORDER.map((name) => (
          <DependencyCard key={name} name={name} health={report.checks[name]} />
        ))}
      </SimpleGrid>
    </>
  );
}
