import { Badge, Chip, Group, NativeSelect, SegmentedControl, Tabs } from '@mantine/core';
import {
  CHANNEL_TYPE_LABELS,
  CHANNEL_TYPES,
  type ChannelTypeValue,
  type ConversationStatusValue,
} from '@stayzr/shared';
import { trpc } from '../../../lib/trpc';
import { useCounts } from '../lib/queries';
import {
  ASSIGNEE_FILTERS,
  ASSIGNEE_LABELS,
  type AssigneeFilter,
  INBOX_STATUSES,
  type InboxFilters,
  type InboxSort,
  SORT_LABELS,
  STATUS_LABELS,
} from '../lib/routes';
import { ConversationSearch } from './conversation-search';
import classes from './inbox.module.css';

interface ConversationFiltersProps {
  status: ConversationStatusValue;
  filters: InboxFilters;
  onStatusChange: (status: ConversationStatusValue) => void;
  onFiltersChange: (filters: InboxFilters) => void;
}

/** Status tabs with their counts, then who it is assigned to, the search and the channel, unread and the order. */
export function ConversationFilters({
  status,
  filters,
  onStatusChange,
  onFiltersChange,
}: ConversationFiltersProps) {
  const counts = useCounts(filters.assignee);
  const labels = trpc.labels.list.useQuery(undefined, { staleTime: 60_000 });
  return (
    <>
      <Tabs
        value={status}
        onChange={(value) => value && onStatusChange(value as ConversationStatusValue)}
        activateTabWithKeyboard={false}
      >
        <Tabs.List aria-label="Conversation status" grow className={classes.statusTabs}>
          {INBOX_STATUSES.map((value) => {
            const count = counts.data?.byStatus[value];
            return (
              <Tabs.Tab
                key={value}
                value={value}
                px={4}
                py={8}
                fz="sm"
                fw={value === status ? 600 : 500}
                rightSection={
                  count !== undefined && value !== 'resolved' ? (
                    <Badge
                      size="xs"
                      variant={value === status ? 'filled' : 'light'}
                      color={value === status ? undefined : 'gray'}
                      circle={count < 10}
                    >
                      {count > 999 ? '999+' : count}
                    </Badge>
                  ) : null
                }
              >
                {STATUS_LABELS[value]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>

      <SegmentedControl
        size="xs"
        fullWidth
        value={filters.assignee}
        onChange={(value) => onFiltersChange({ ...filters, assignee: value as AssigneeFilter })}
        data={ASSIGNEE_FILTERS.map((value) => ({ value, label: ASSIGNEE_LABELS[value] }))}
        aria-label="Assigned to"
      />

      <Group gap="xs" wrap="nowrap">
        <ConversationSearch
          value={filters.search}
          onChange={(search) => onFiltersChange({ ...filters, search })}
        />
        <NativeSelect
          size="xs"
          aria-label="Channel"
          w={112}
          value={filters.channel ?? ''}
          onChange={(event) =>
            onFiltersChange({
              ...filters,
              channel: (event.currentTarget.value || null) as ChannelTypeValue | null,
            })
          }
          data={[
            { value: '', label: 'All channels' },
            ...CHANNEL_TYPES.map((value) => ({ value, label: CHANNEL_TYPE_LABELS[value] })),
          ]}
        />
      </Group>

      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Chip
          size="xs"
          checked={filters.unread}
          onChange={(unread) => onFiltersChange({ ...filters, unread })}
        >
          Unread only
        </Chip>
        {labels.data?.length ? (
          <NativeSelect
            size="xs"
            aria-label="Label"
            w={120}
            value={filters.labelId ?? ''}
            onChange={(event) => onFiltersChange({ ...filters, labelId: event.currentTarget.value || null })}
            data={[
              { value: '', label: 'All labels' },
              ...labels.data.map((label) => ({ value: label.id, label: label.name })),
            ]}
          />
        ) : null}
        <NativeSelect
          size="xs"
          aria-label="Sort"
          w={140}
          value={filters.sort}
          onChange={(event) => onFiltersChange({ ...filters, sort: event.currentTarget.value as InboxSort })}
          data={(Object.keys(SORT_LABELS) as InboxSort[]).map((value) => ({
            value,
            label: SORT_LABELS[value],
          }))}
        />
      </Group>
    </>
  );
}
