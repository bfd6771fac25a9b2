import { Paper, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';

export function StatusSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden>Checking system status…</VisuallyHidden>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Skeleton height={22} width="40%" />
          <Skeleton height={14} width="60%" />
          <Skeleton height={40} mt="md" />
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {['database', 'redis'].map((key) => (
          <Paper key={key} withBorder p="lg">
            <Stack gap="sm">
              <Skeleton height={42} width={42} />
              <Skeleton height={14} width="70%" />
              <Skeleton height={14} width="40%" />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
