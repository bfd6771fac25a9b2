import { ActionIcon, Group, Stack, Title, Tooltip } from '@mantine/core';
import type { ConversationStatusValue } from '@stayzr/shared';
import { IconKeyboard } from '@tabler/icons-react';
import { useRef } from 'react';
import { QueryError } from '../../../ui/query-error';
import type { useConversationList } from '../lib/queries';
import { DEFAULT_FILTERS, type InboxFilters } from '../lib/routes';
import { useNow } from '../lib/use-now';
import { BulkActions, useSelection } from './bulk-actions';
import { ConversationFilters } from './conversation-filters';
import { EmptyList } from './conversation-list-empty';
import { ListSkeleton } from './conversation-list-skeleton';
import { ConversationPages } from './conversation-pages';
import classes from './inbox.module.css';
import { LiveIndicator } from './live-indicator';

interface ConversationListProps {
  status: ConversationStatusValue;
  filters: InboxFilters;
  selectedId: string | null;
  list: ReturnType<typeof useConversationList>;
  onStatusChange: (status: ConversationStatusValue) => void;
  onFiltersChange: (filters: InboxFilters) => void;
  onShowShortcuts: () => void;
}

/** The inbox's left column: title, filters, and the conversations of the chosen tab. */
export function ConversationList({
  status,
  filters,
  selectedId,
  list,
  onStatusChange,
  onFiltersChange,
  onShowShortcuts,
}: ConversationListProps) {
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const now = useNow(30_000);
  const scrollRef = useRef<HTMLDivElement>(null);
  const selection = useSelection(status, filters);

  return (
    <>
      <Stack gap="sm" px="md" pt="md" pb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={1} size="h3">
              Inbox
            </Title>
            <LiveIndicator />
          </Group>
          <Tooltip label="Keyboard shortcuts (?)">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onShowShortcuts}
              aria-label="Keyboard shortcuts"
            >
              <IconKeyboard stroke={1.75} aria-hidden size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>

        <ConversationFilters
          status={status}
          filters={filters}
          onStatusChange={onStatusChange}
          onFiltersChange={onFiltersChange}
        />
      </Stack>

      {selection.selected.size ? (
        <BulkActions ids={[...selection.selected]} onDone={selection.clear} />
      ) : null}
      <div
        ref={scrollRef}
        className={classes.scroll}
        style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        aria-busy={list.isFetching && !list.isFetchingNextPage}
      >
        {list.isPending ? (
          <ListSkeleton />
        ) : list.isError ? (
          <Stack p="md">
            <QueryError
              title="Could not load the conversations"
              error={list.error}
              retrying={list.isFetching}
              onRetry={() => void list.refetch()}
            />
          </Stack>
        ) : items.length === 0 ? (
          <EmptyList
            status={status}
            filters={filters}
            onClear={() => onFiltersChange({ ...DEFAULT_FILTERS, sort: filters.sort })}
          />
        ) : (
          <ConversationPages
            items={items}
            status={status}
            filters={filters}
            selectedId={selectedId}
            now={now}
            root={scrollRef}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            selected={selection.selected}
            onToggle={(index, shiftKey) => selection.toggle(items, index, shiftKey)}
          />
        )}
      </div>
    </>
  );
}
