import { Button, Center, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ConversationDetail } from '@stayzr/shared';
import { IconArrowDown } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { QueryError } from '../../../ui/query-error';
import { useThread } from '../lib/queries';
import { threadMessages } from '../lib/thread-cache';
import { buildThreadRows, estimateRowHeight, type ThreadRow } from '../lib/thread-rows';
import { useNow } from '../lib/use-now';
import classes from './inbox.module.css';
import { MessageBubble } from './message-bubble';

interface ThreadProps {
  conversationId: string;
  guestName: string;
  isEmail: boolean;
  /** Where a failed reply can be sent instead. */
  otherChannels: ConversationDetail['otherChannels'];
  /** Once the newest messages have painted on screen (marking read waits for it). */
  onShown?: () => void;
}

/** Height of the header above the first message (history state and the first day). */
const HEADER_HEIGHT = 80;
/** How close to the top (px) the reader gets before the next older page is fetched. */
const LOAD_OLDER_MARGIN = 600;
/** Within this distance of the bottom, new messages scroll into view by themselves. */
const FOLLOW_THRESHOLD = 80;
/** Space under the newest message. */
const PADDING_END = 12;

/** The log's full height as estimated before any row is measured. */
function estimatedHeight(rows: readonly ThreadRow[]): number {
  let height = HEADER_HEIGHT + PADDING_END;
  for (const row of rows) height += estimateRowHeight(row);
  return height;
}

/**
 * The conversation's messages, virtualized: only the rows on screen (plus a few) are in the DOM, so a
 * 10 000-message thread scrolls like a short one. Opens at the newest message; scrolling up loads older
 * pages while the message being read stays where it is; new messages follow when the reader is at the
 * bottom, and otherwise a "new messages" button offers the jump.
 */
export function Thread(props: ThreadProps) {
  const { conversationId } = props;
  const thread = useThread(conversationId);
  if (thread.isPending) return <ThreadSkeleton />;
  if (thread.isError) {
    return (
      <Center flex={1} p="lg">
        <QueryError
          title="Could not load the messages"
          error={thread.error}
          retrying={thread.isFetching}
          onRetry={() => void thread.refetch()}
        />
      </Center>
    );
  }
  return <ThreadLog {...props} />;
}

/** The loaded thread. Mounted once the newest page is there, so its first render can start at the end. */
function ThreadLog({ conversationId, guestName, isEmail, otherChannels, onShown }: ThreadProps) {
  const thread = useThread(conversationId);
  // Day separators say "Today" and "Yesterday": relabelled when the date changes.
  const today = useNow(60_000).toDateString();
  const dayStart = useMemo(() => new Date(today), [today]);
  const messages = useMemo(() => threadMessages(thread.data), [thread.data]);
  const { rows, firstDay } = useMemo(
    () => buildThreadRows(messages, { now: dayStart }),
    [messages, dayStart],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateRowHeight(rows[index]),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    // The header (history state and the first day) sits in this space, outside the virtual rows.
    paddingStart: HEADER_HEIGHT,
    paddingEnd: PADDING_END,
    // The first render already holds the newest messages, where the thread opens: starting at the top would
    // render the page's oldest rows, measure them and then render the newest ones. The window's height is
    // a generous guess of the log's until it is measured.
    initialRect: { width: 0, height: window.innerHeight },
    initialOffset: () => Math.max(0, estimatedHeight(rows) - window.innerHeight),
    // Chat behaviour: prepending history keeps the message being read in place; appending follows only a
    // reader who is already at the bottom.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: FOLLOW_THRESHOLD,
  });

  // Open at the newest message, once the first page is there.
  const [positioned, setPositioned] = useState(false);
  const hasRows = rows.length > 0;
  useLayoutEffect(() => {
    if (positioned || !hasRows) return;
    virtualizer.scrollToEnd();
    setPositioned(true);
  }, [positioned, hasRows, virtualizer]);

  // After the frame that paints the opening position (an empty thread has nothing to wait for).
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;
  useEffect(() => {
    if (!positioned && hasRows) return;
    const frame = requestAnimationFrame(() => onShownRef.current?.());
    return () => cancelAnimationFrame(frame);
  }, [positioned, hasRows]);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = thread;
  // Older history loads as the reader nears the top (only their scrolling, not the opening jump, asks).
  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element || !positioned || !hasNextPage || isFetchingNextPage) return;
    if (element.scrollTop < LOAD_OLDER_MARGIN) void fetchNextPage();
  }, [positioned, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Unseen arrivals while the reader is up in the history.
  const lastKey = rows.at(-1)?.key;
  const lastKeyRef = useRef(lastKey);
  const [unseen, setUnseen] = useState(0);
  const atEnd = virtualizer.isAtEnd(FOLLOW_THRESHOLD);
  useEffect(() => {
    if (lastKeyRef.current !== lastKey && lastKeyRef.current !== undefined && !atEnd) {
      setUnseen((count) => count + 1);
    }
    lastKeyRef.current = lastKey;
  }, [lastKey, atEnd]);
  useEffect(() => {
    if (atEnd) setUnseen(0);
  }, [atEnd]);

  const utils = trpc.useUtils();
  const retry = trpc.messages.retry.useMutation({
    onSuccess: () => void utils.conversations.list.invalidate(),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not retry the message',
        message: errorMessage(error),
      }),
  });
  const retryingId = retry.isPending ? retry.variables?.messageId : undefined;
  const onRetry = useCallback((messageId: string) => retry.mutate({ messageId }), [retry.mutate]);
  const resend = trpc.messages.resendVia.useMutation({
    onSuccess: () => void utils.conversations.list.invalidate(),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not send it that way',
        message: errorMessage(error),
      }),
  });
  const resendingId = resend.isPending ? resend.variables?.messageId : undefined;
  const onResendVia = useCallback(
    (messageId: string, channelAccountId: string) => resend.mutate({ messageId, channelAccountId }),
    [resend.mutate],
  );

  const virtualItems = virtualizer.getVirtualItems();
  return (
    <div style={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <div
        ref={scrollRef}
        className={classes.threadScroll}
        role="log"
        aria-label={`Messages with ${guestName}`}
        data-conversation-id={conversationId}
        onScroll={onScroll}
        // A scrollable region must be reachable by keyboard: arrow keys and Page Up/Down then scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above (axe: scrollable-region-focusable)
        tabIndex={0}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          <ThreadHeader
            state={isFetchingNextPage ? 'loading' : hasNextPage ? 'more' : 'start'}
            firstDay={firstDay}
            onLoadOlder={() => void fetchNextPage()}
          />
          {virtualItems.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={classes.row}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div
                  className={classes.rowMessage}
                  data-side={row.message.direction === 'outbound' ? 'out' : 'in'}
                >
                  <MessageBubble
                    message={row.message}
                    guestName={guestName}
                    isEmail={isEmail}
                    retrying={retryingId === row.message.id || resendingId === row.message.id}
                    onRetry={onRetry}
                    otherChannels={otherChannels}
                    onResendVia={onResendVia}
                  />
                </div>
                {row.dayAfter ? <div className={classes.daySeparator}>{row.dayAfter}</div> : null}
              </div>
            );
          })}
        </div>
      </div>
      {!atEnd && positioned ? (
        <Button
          className={classes.jumpToLatest}
          size="xs"
          radius="xl"
          variant={unseen > 0 ? 'filled' : 'default'}
          leftSection={<IconArrowDown stroke={1.75} aria-hidden size={14} />}
          onClick={() => virtualizer.scrollToEnd({ behavior: 'smooth' })}
        >
          {unseen > 0 ? `${unseen} new ${unseen === 1 ? 'message' : 'messages'}` : 'Latest'}
        </Button>
      ) : null}
    </div>
  );
}

/** Above the first loaded message: whether there is more history, and that message's day. */
function ThreadHeader({
  state,
  firstDay,
  onLoadOlder,
}: {
  state: 'more' | 'loading' | 'start';
  firstDay: string | null;
  onLoadOlder: () => void;
}) {
  return (
    <Stack gap={0} className={classes.threadHeader} style={{ height: HEADER_HEIGHT }}>
      <Group justify="center" h={36}>
        {state === 'loading' ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              Loading earlier messages…
            </Text>
          </Group>
        ) : state === 'more' ? (
          <Button variant="subtle" size="compact-xs" onClick={onLoadOlder}>
            Load earlier messages
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            Beginning of the conversation
          </Text>
        )}
      </Group>
      {firstDay ? <div className={classes.daySeparator}>{firstDay}</div> : null}
    </Stack>
  );
}

function ThreadSkeleton() {
  return (
    <Stack
      flex={1}
      p="lg"
      gap="md"
      className={classes.threadScroll}
      aria-busy="true"
      aria-label="Loading messages"
    >
      {[60, 40, 70, 50].map((width, index) => (
        <Group key={width} justify={index % 2 ? 'flex-end' : 'flex-start'}>
          <Skeleton height={56} width={`${width}%`} radius="lg" />
        </Group>
      ))}
    </Stack>
  );
}
