import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

export function TableSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <Stack gap="sm" px="lg" pb="lg" aria-busy="true">
      <VisuallyHidden>Loading…</VisuallyHidden>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}
