import { Button, Group, Text } from '@mantine/core';

interface LoadMoreFooterProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  /** E.g. while a new filter is still settling: older rows of the list on screen only. */
  disabled?: boolean;
  onLoadMore: () => void;
}

/** Under a keyset-paged table: how many rows are shown, and "Load more" while older ones exist. */
export function LoadMoreFooter({
  shown,
  hasMore,
  loading,
  disabled = false,
  onLoadMore,
}: LoadMoreFooterProps) {
  return (
    <Group justify="space-between" px="lg" py="md">
      <Text size="sm" c="dimmed">
        Showing {shown} {shown === 1 ? 'entry' : 'entries'}
      </Text>
      {hasMore ? (
        <Button variant="default" loading={loading} disabled={disabled} onClick={onLoadMore}>
          Load more
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          That’s everything.
        </Text>
      )}
    </Group>
  );
}
