import { Card, Code, DataList, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { DependencyHealth, DependencyName } from '@stayzr/shared';
import { useId } from 'react';
import { formatLatency } from '../../../lib/format';
import { DEPENDENCIES } from '../lib/dependencies';
import { DependencyBadge } from './dependency-badge';

interface DependencyCardProps {
  name: DependencyName;
  health: DependencyHealth;
}

export function DependencyCard({ name, health }: DependencyCardProps) {
  const titleId = useId();
  const { label, role, icon: Icon } = DEPENDENCIES[name];

  return (
    <Card component="section" aria-labelledby={titleId} withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color={health.ok ? 'teal' : 'red'} size={42} radius="md">
              <Icon stroke={1.75} aria-hidden size={22} />
            </ThemeIcon>
            <div>
              <Text id={titleId} fw={600}>
                {label}
              </Text>
              <Text size="sm" c="dimmed">
                {role}
              </Text>
            </div>
          </Group>
          <DependencyBadge ok={health.ok} />
        </Group>

        <DataList size="sm" labelWidth={90}>
          <DataList.Item>
            <DataList.ItemLabel>Latency</DataList.ItemLabel>
            <DataList.ItemValue>{formatLatency(health.latencyMs)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>

        {health.error ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} c="red">
              Error
            </Text>
            <Code block>{health.error}</Code>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
