import { Button, Center, Checkbox, Loader, Text } from '@mantine/core';
import type { ConversationListItem, ConversationStatusValue } from '@stayzr/shared';
import { type RefObject, useEffect, useRef } from 'react';
import { guestDisplayName } from '../lib/guest-name';
import { type InboxFilters, inboxPath } from '../lib/routes';
import { ConversationRow } from './conversation-row';
import classes from './inbox.module.css';

interface ConversationPagesProps {
  items: ConversationListItem[];
  status: ConversationStatusValue;
  filters: InboxFilters;
  selectedId: string | null;
  now: Date;
  /** The scrolling box: the next page loads when its end comes within reach. */
  root: RefObject<HTMLDivElement | null>;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The rows ticked for a bulk action. */
  selected: ReadonlySet<string>;
  /** A tick on row `index`; with Shift, every row from the previous tick to this one. */
  onToggle: (index: number, shiftKey: boolean) => void;
}

/** The loaded pages of conversations, and the next page fetched as the list is scrolled (keyset paging). */
export function ConversationPages({
  items,
  status,
  filters,
  selectedId,
  now,
  root,
  hasMore,
  loading,
  onLoadMore,
  selected,
  onToggle,
}: ConversationPagesProps) {
  return (
    <nav aria-label="Conversations">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item, index) => (
          <li key={item.id} className={classes.selectable}>
            <div className={classes.selectBox}>
              <Checkbox
                size="xs"
                checked={selected.has(item.id)}
                aria-label={`Select ${guestDisplayName(item.guest)}`}
                onChange={() => {}}
                onClick={(event) => onToggle(index, event.shiftKey)}
              />
            </div>
            <ConversationRow
              item={item}
              to={inboxPath(status, item.id, filters)}
              selected={item.id === selectedId}
              now={now}
            />
          </li>
        ))}
      </ul>
      <LoadMore root={root} hasMore={hasMore} loading={loading} onLoad={onLoadMore} />
    </nav>
  );
}

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
