import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Center,
  CloseButton,
  EmptyState,
  Group,
  Indicator,
  Loader,
  NativeSelect,
  SegmentedControl,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { ChannelTypeValue, ConversationListItem, ConversationStatusValue } from '@stayzr/shared';
import {
  IconAlertCircle,
  IconInbox,
  IconKeyboard,
  IconSearch,
  IconWifiOff,
  IconZzz,
} from '@tabler/icons-react';
import { memo, type RefObject, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '../../../lib/labels';
import { ChannelIcon } from '../../../ui/channel-icon';
import { QueryError } from '../../../ui/query-error';
import { guestDisplayName } from '../lib/guest-name';
import { getLiveState, subscribeLiveState } from '../lib/live-events';
import { type useConversationList, useCounts } from '../lib/queries';
import {
  ASSIGNEE_FILTERS,
  ASSIGNEE_LABELS,
  type AssigneeFilter,
  CHANNEL_TYPES,
  INBOX_STATUSES,
  type InboxFilters,
  inboxPath,
  STATUS_LABELS,
} from '../lib/routes';
import { formatListTime, formatWaitDuration, waitLevel } from '../lib/time-format';
import { useNow } from '../lib/use-now';
import classes from './inbox.module.css';

interface ConversationListProps {
  status: ConversationStatusValue;
  filters: InboxFilters;
  selectedId: string | null;
  list: ReturnType<typeof useConversationList>;
  onStatusChange: (status: ConversationStatusValue) => void;
  onFiltersChange: (filters: InboxFilters) => void;
  onShowShortcuts: () => void;
}

export function ConversationList({
  status,
  filters,
  selectedId,
  list,
  onStatusChange,
  onFiltersChange,
  onShowShortcuts,
}: ConversationListProps) {
  const counts = useCounts(filters.assignee);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const now = useNow(30_000);
  const scrollRef = useRef<HTMLDivElement>(null);

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
          <SearchBox value={filters.search} onChange={(search) => onFiltersChange({ ...filters, search })} />
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
              ...CHANNEL_TYPES.map((value) => ({ value, label: CHANNEL_LABELS[value] })),
            ]}
          />
        </Group>
      </Stack>

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
            onClear={() => onFiltersChange({ assignee: 'all', channel: null, search: '' })}
          />
        ) : (
          <nav aria-label="Conversations">
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <li key={item.id}>
                  <ConversationRow
                    item={item}
                    to={inboxPath(status, item.id, filters)}
                    selected={item.id === selectedId}
                    now={now}
                  />
                </li>
              ))}
            </ul>
            <LoadMore
              root={scrollRef}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoad={() => void list.fetchNextPage()}
            />
          </nav>
        )}
      </div>
    </>
  );
}

function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const emitted = useRef(value);
  const emit = useCallback(
    (next: string) => {
      emitted.current = next;
      onChange(next);
    },
    [onChange],
  );
  const debounced = useDebouncedCallback(emit, 300);
  // The URL is the source of truth: back/forward or "Clear filters" change it from outside. What this box
  // emitted itself coming back must not overwrite letters typed since.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <TextInput
      size="xs"
      style={{ flex: 1 }}
      leftSection={<IconSearch stroke={1.75} aria-hidden size={14} />}
      placeholder="Search name, phone, email, text"
      aria-label="Search conversations"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          debounced.cancel();
          emit(text);
        }
        if (event.key === 'Escape' && text) {
          event.stopPropagation();
          setText('');
          emit('');
        }
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setText('');
              emit('');
            }}
          />
        ) : null
      }
    />
  );
}

const WAIT_COLORS = { fresh: 'gray', late: 'orange', overdue: 'red' } as const;

const ConversationRow = memo(function ConversationRow({
  item,
  to,
  selected,
  now,
}: {
  item: ConversationListItem;
  to: string;
  selected: boolean;
  now: Date;
}) {
  const name = guestDisplayName(item.guest);
  const unread = item.unreadCount > 0;
  const waiting = item.waitingSince && item.status !== 'resolved' ? item.waitingSince : null;

  return (
    <Link
      to={to}
      className={classes.item}
      aria-current={selected ? 'page' : undefined}
      data-conversation-id={item.id}
      aria-label={`${name}${unread ? `, ${item.unreadCount} unread` : ''}${item.replyFailedAt ? ', reply not delivered' : ''}, ${item.lastMessagePreview ?? ''}`}
    >
      <Indicator disabled={!unread} size={10} offset={4} color="teal" withBorder>
        {/* Initials only for a name: "+3" for a phone number would mean nothing. */}
        <Avatar
          radius="xl"
          size={36}
          color={item.guest.name?.trim() ? 'initials' : 'gray'}
          name={item.guest.name?.trim() || undefined}
        />
      </Indicator>
      <div className={classes.itemBody}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={unread ? 700 : 500} className={classes.ellipsis}>
            {name}
          </Text>
          <Text
            size="xs"
            c={unread ? undefined : 'dimmed'}
            fw={unread ? 600 : 400}
            style={{ flexShrink: 0 }}
            component="time"
            dateTime={item.lastMessageAt.toISOString()}
          >
            {formatListTime(item.lastMessageAt, now)}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" mt={2}>
          <ChannelIcon type={item.channel.type} size={14} />
          {item.replyFailedAt ? (
            <Badge
              size="xs"
              color="red"
              variant="light"
              radius="sm"
              tt="none"
              leftSection={<IconAlertCircle stroke={1.75} aria-hidden size={10} />}
              style={{ flexShrink: 0 }}
            >
              Not delivered
            </Badge>
          ) : null}
          <Text
            size="sm"
            c={unread ? undefined : 'dimmed'}
            fw={unread ? 600 : 400}
            className={classes.ellipsis}
            style={{ flex: 1 }}
          >
            {item.lastMessagePreview || 'No messages yet'}
          </Text>
          {unread ? (
            <Badge size="sm" circle={item.unreadCount < 10} color="teal" aria-hidden="true">
              {item.unreadCount > 99 ? '99+' : item.unreadCount}
            </Badge>
          ) : null}
        </Group>
        {waiting || item.assignee || (item.status === 'snoozed' && item.snoozedUntil) ? (
          <Group gap={6} wrap="nowrap" mt={6} justify="space-between">
            <Group gap={6} wrap="nowrap">
              {waiting ? (
                <Badge
                  size="xs"
                  variant="light"
                  color={WAIT_COLORS[waitLevel(waiting, now)]}
                  radius="sm"
                  tt="none"
                >
                  waiting {formatWaitDuration(waiting, now)}
                </Badge>
              ) : null}
              {item.status === 'snoozed' && item.snoozedUntil ? (
                <Badge
                  size="xs"
                  variant="light"
                  color="indigo"
                  radius="sm"
                  leftSection={<IconZzz stroke={1.75} aria-hidden size={10} />}
                >
                  {formatListTime(item.snoozedUntil, now)}
                </Badge>
              ) : null}
            </Group>
            {item.assignee ? (
              <Tooltip label={`Assigned to ${item.assignee.name}`} withArrow>
                <Avatar
                  size={20}
                  radius="xl"
                  color="initials"
                  name={item.assignee.name}
                  aria-label={`Assigned to ${item.assignee.name}`}
                />
              </Tooltip>
            ) : null}
          </Group>
        ) : null}
      </div>
    </Link>
  );
});

function LoadMore({
  root,
  hasMore,
  loading,
  onLoad,
}: {
  root: RefObject<HTMLDivElement | null>;
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || loading) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoad();
      },
      { root: root.current, rootMargin: '400px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [root, hasMore, loading, onLoad]);

  if (!hasMore) {
    return (
      <Text size="xs" c="dimmed" ta="center" py="md">
        That’s all
      </Text>
    );
  }
  return (
    <Center ref={sentinel} py="md">
      {loading ? (
        <Loader size="xs" />
      ) : (
        <Button variant="subtle" size="compact-xs" onClick={onLoad}>
          Load more
        </Button>
      )}
    </Center>
  );
}

function ListSkeleton() {
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

const EMPTY_COPY: Record<ConversationStatusValue, { title: string; description: string }> = {
  open: {
    title: 'All caught up',
    description: 'No open conversations. New guest messages appear here the moment they arrive.',
  },
  pending: { title: 'Nothing pending', description: 'Conversations waiting on someone else show up here.' },
  snoozed: {
    title: 'Nothing snoozed',
    description: 'Snoozed conversations come back to Open at their time, or as soon as the guest writes.',
  },
  resolved: { title: 'No resolved conversations', description: 'Resolved conversations are kept here.' },
};

function EmptyList({
  status,
  filters,
  onClear,
}: {
  status: ConversationStatusValue;
  filters: InboxFilters;
  onClear: () => void;
}) {
  const filtered = filters.search.trim() !== '' || filters.channel !== null || filters.assignee !== 'all';
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

function LiveIndicator() {
  const state = useSyncExternalStore(subscribeLiveState, getLiveState, getLiveState);
  if (state === 'live') {
    return (
      <Tooltip label="New messages appear as they arrive">
        <Badge size="xs" variant="dot" color="teal">
          Live
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Tooltip label="Updates are paused until the connection is back; nothing is lost.">
      <Badge
        size="xs"
        variant="light"
        color={state === 'offline' ? 'red' : 'yellow'}
        leftSection={<IconWifiOff stroke={1.75} aria-hidden size={10} />}
        role="status"
      >
        {state === 'offline' ? 'Offline' : 'Connecting…'}
      </Badge>
    </Tooltip>
  );
}
