import { Badge, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { UsageDto, UsageMetricDto } from '@stayzr/shared';
import { trpc } from '../../../lib/trpc';
import { usageBar } from '../lib/usage-bar';
import { ApiErrorAlert } from './plan-error-alert';

function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone }).format(date);
}

/** One bar per limit, with the numbers: "812 of 1,000 messages this month". */
export function UsageCard() {
  const usage = trpc.subscription.usage.useQuery();

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="usage-title">
      <Stack gap="lg">
        <Stack gap={2}>
          <Title order={2} size="h4" id="usage-title">
            Usage
          </Title>
          <Text size="sm" c="dimmed">
            {usage.data
              ? `Messages are counted per calendar month in the hotel’s time zone (${usage.data.timezone}); the rest is counted live.`
              : 'What your team uses against the plan’s limits.'}
          </Text>
        </Stack>
        {usage.isPending ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" aria-busy="true">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} height={64} />
            ))}
          </SimpleGrid>
        ) : usage.isError ? (
          <ApiErrorAlert
            title="Could not load the usage"
            error={usage.error}
            retrying={usage.isFetching}
            onRetry={() => void usage.refetch()}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
            {usage.data.metrics.map((metric) => (
              <UsageMeter key={metric.metric} metric={metric} usage={usage.data} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

function UsageMeter({ metric, usage }: { metric: UsageMetricDto; usage: UsageDto }) {
  const bar = usageBar(metric);
  return (
    <Stack gap={6} role="group" aria-label={bar.title}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {bar.title}
        </Text>
        <Badge variant="light" color={bar.color} radius="sm" size="sm">
          {bar.status}
        </Badge>
      </Group>
      <Progress
        value={bar.percent}
        color={bar.color}
        size="lg"
        radius="xl"
        aria-label={`${bar.title}: ${bar.summary}`}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm">{bar.summary}</Text>
        {metric.monthly ? (
          <Text size="xs" c="dimmed">
            Resets on {formatDay(usage.period.endsAt, usage.timezone)}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
