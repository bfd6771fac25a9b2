import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import type { HealthReport } from '@stayzr/shared';
import { IconActivity, IconAlertTriangle } from '@tabler/icons-react';
import { formatDuration } from '../../../lib/format';
import { DEPENDENCIES, DEPENDENCY_ORDER } from '../lib/dependencies';

interface HealthSummaryProps {
  report: HealthReport;
  checkedAt: Date | undefined;
}

export function HealthSummary({ report, checkedAt }: HealthSummaryProps) {
  const down = DEPENDENCY_ORDER.filter((name) => !report.checks[name].ok).map(
    (name) => DEPENDENCIES[name].label,
  );
  const healthy = report.status === 'ok' && down.length === 0;

  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={48} radius="xl" variant="light" color={healthy ? 'teal' : 'orange'}>
            {healthy ? (
              <IconActivity stroke={1.75} aria-hidden size={26} />
            ) : (
              <IconAlertTriangle stroke={1.75} aria-hidden size={26} />
            )}
          </ThemeIcon>
          <div>
            <Text fw={700} fz="xl">
              {healthy ? 'All systems operational' : 'Degraded service'}
            </Text>
            <Text size="sm" c="dimmed">
              {healthy ? 'The server, database and Redis are answering.' : describeOutage(down)}
            </Text>
          </div>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Fact label="Version" value={report.version} />
          <Fact label="Uptime" value={formatDuration(report.uptimeSeconds)} />
          <Fact label="Last checked" value={checkedAt ? checkedAt.toLocaleTimeString() : '—'} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function describeOutage(down: string[]): string {
  if (down.length === 0) return 'Some health checks are failing.';
  const verb = down.length === 1 ? 'is' : 'are';
  return `${down.join(' and ')} ${verb} not answering. Messages may be delayed or fail to send.`;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </div>
  );
}
