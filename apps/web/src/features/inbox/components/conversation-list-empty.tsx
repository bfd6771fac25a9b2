import { Button, EmptyState } from '@mantine/core';
import type { ConversationStatusValue } from '@stayzr/shared';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { type InboxFilters, isFiltered, PENDING_EXPLANATION, STATUS_LABELS } from '../lib/routes';

const EMPTY_COPY: Record<ConversationStatusValue, { title: string; description: string }> = {
  open: {
    title: 'All caught up',
    description: 'No open conversations. New guest messages appear here the moment they arrive.',
  },
  pending: { title: 'Nothing pending', description: `Pending: ${PENDING_EXPLANATION}` },
  snoozed: {
    title: 'Nothing snoozed',
    description: 'Snoozed conversations come back to Open at their time, or as soon as the guest writes.',
  },
  resolved: { title: 'No resolved conversations', description: 'Resolved conversations are kept here.' },
};

/** A tab with nothing in it: what belongs there, or that the filters hide everything (with a way out). */
export function EmptyList({
  status,
  filters,
  onClear,
}: {
  status: ConversationStatusValue;
  filters: InboxFilters;
  onClear: () => void;
}) {
  const filtered = isFiltered(filters);
  const copy = filtered
    ? {
        title: filters.search.trim()
          ? `No matches for “${filters.search.trim()}”`
          : 'No conversations match these filters',
        description: `Nothing ${STATUS_LABELS[status].toLowerCase()} matches. Try another tab or clear the filters.`,
      }
    : EMPTY_COPY[status];
  return (
    <EmptyState
      icon={
        filtered ? (
          <IconSearch stroke={1.75} aria-hidden size={28} />
        ) : (
          <IconInbox stroke={1.75} aria-hidden size={28} />
        )
      }
      withIndicatorBackground
      title={copy.title}
      description={copy.description}
      py="xl"
      px="md"
      size="sm"
    >
      {filtered ? (
        <EmptyState.Actions>
          <Button variant="light" size="xs" onClick={onClear}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      ) : null}
    </EmptyState>
  );
}
