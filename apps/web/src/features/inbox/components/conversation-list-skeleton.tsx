import { Group, Skeleton, Stack } from '@mantine/core';

/** Rows in the shape of conversations while the first page loads. */
export function ListSkeleton() {
  return (
    <Stack gap={0} aria-busy="true" aria-label="Loading conversations">
      {[0, 1, 2, 3, 4, 5].map((index) => (
        <Group key={index} gap="sm" px="md" py={12} wrap="nowrap" align="flex-start">
          <Skeleton circle height={36} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Group justify="space-between">
              <Skeleton height={12} width="45%" />
              <Skeleton height={10} width={32} />
            </Group>
            <Skeleton height={10} width="85%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
