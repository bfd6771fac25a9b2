import { Button, CloseButton, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ConversationStatusValue } from '@stayzr/shared';
import { IconCircleCheck, IconHourglass, IconUser } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import type { InboxFilters } from '../lib/routes';
import classes from './inbox.module.css';

/** The rows ticked in the list; a new tab or filter starts with none. */
export function useSelection(status: ConversationStatusValue, filters: InboxFilters) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const key = JSON.stringify([status, filters]);
  useEffect(() => {
    setSelected(new Set());
    anchor.current = null;
  }, [key]);
  const toggle = useCallback((items: readonly { id: string }[], index: number, shiftKey: boolean) => {
    const id = items[index]?.id;
    if (!id) return;
    setSelected((current) => {
      const next = new Set(current);
      const on = !current.has(id);
      const from = shiftKey && anchor.current !== null ? Math.min(anchor.current, index) : index;
      const to = shiftKey && anchor.current !== null ? Math.max(anchor.current, index) : index;
      for (const item of items.slice(from, to + 1)) {
        if (on) next.add(item.id);
        else next.delete(item.id);
      }
      return next;
    });
    anchor.current = index;
  }, []);
  const clear = useCallback(() => {
    setSelected(new Set());
    anchor.current = null;
  }, []);
  return { selected, toggle, clear };
}

/** What can be done to every ticked conversation at once: take them, resolve them, or mark them pending. */
export function BulkActions({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const me = useMe();
  const utils = trpc.useUtils();
  const bulk = trpc.conversations.bulkUpdate.useMutation({
    onSuccess: (result, input) => {
      const what =
        input.status === 'resolved'
          ? 'Resolved'
          : input.status === 'pending'
            ? 'Marked pending:'
            : 'Assigned to you:';
      notifications.show({
        message: `${what} ${result.updated} conversation${result.updated === 1 ? '' : 's'}`,
      });
      onDone();
      void utils.conversations.invalidate();
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
  });
  const count = ids.length;
  return (
    <Group
      className={classes.bulkBar}
      gap="xs"
      wrap="nowrap"
      justify="space-between"
      role="toolbar"
      aria-label="Selected conversations"
    >
      <Text size="sm" fw={600}>
        {count} selected
      </Text>
      <Group gap={4} wrap="nowrap">
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconUser stroke={1.75} aria-hidden size={14} />}
          loading={bulk.isPending && bulk.variables?.assigneeId !== undefined}
          onClick={() => bulk.mutate({ conversationIds: ids, assigneeId: me.id })}
        >
          Assign to me
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconHourglass stroke={1.75} aria-hidden size={14} />}
          loading={bulk.isPending && bulk.variables?.status === 'pending'}
          onClick={() => bulk.mutate({ conversationIds: ids, status: 'pending' })}
        >
          Pending
        </Button>
        <Button
          size="compact-xs"
          leftSection={<IconCircleCheck stroke={1.75} aria-hidden size={14} />}
          loading={bulk.isPending && bulk.variables?.status === 'resolved'}
          onClick={() => bulk.mutate({ conversationIds: ids, status: 'resolved' })}
        >
          Resolve
        </Button>
        <CloseButton size="sm" aria-label="Clear the selection" onClick={onDone} />
      </Group>
    </Group>
  );
}
