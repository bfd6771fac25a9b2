import { notifications } from '@mantine/notifications';
import type { ConversationListItem, ConversationStatusValue } from '@stayzr/shared';
import { useCallback } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { formatSnoozeUntil } from './time-format';

export interface ConversationActions {
  assign: (assigneeId: string | null, assigneeName?: string) => void;
  setStatus: (status: ConversationStatusValue, snoozedUntil?: Date) => void;
  assigning: boolean;
  changingStatus: boolean;
}

/**
 * Assign, snooze, resolve and reopen one conversation. The header and the keyboard shortcuts share it.
 * `onStatusChanged` lets the page move on to the next conversation when this one leaves the list.
 */
export function useConversationActions(
  conversationId: string | null,
  onStatusChanged?: (conversationId: string, status: ConversationStatusValue) => void,
): ConversationActions {
  const utils = trpc.useUtils();

  const applyToDetail = useCallback(
    (item: ConversationListItem) => {
      utils.conversations.get.setData({ conversationId: item.id }, (detail) =>
        detail
          ? {
              ...detail,
              status: item.status,
              assignee: item.assignee,
              snoozedUntil: item.snoozedUntil,
              waitingSince: item.waitingSince,
            }
          : detail,
      );
      void utils.conversations.list.invalidate();
      void utils.conversations.counts.invalidate();
    },
    [utils],
  );

  const assignMutation = trpc.conversations.assign.useMutation({
    onSuccess: (item) => {
      applyToDetail(item);
      notifications.show({
        message: item.assignee ? `Assigned to ${item.assignee.name}` : 'Unassigned',
        autoClose: 2500,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not assign the conversation',
        message: errorMessage(error),
      }),
  });

  const statusMutation = trpc.conversations.setStatus.useMutation({
    onSuccess: (item) => {
      applyToDetail(item);
      onStatusChanged?.(item.id, item.status);
      const message =
        item.status === 'resolved'
          ? 'Conversation resolved'
          : item.status === 'snoozed' && item.snoozedUntil
            ? `Snoozed, back ${formatSnoozeUntil(item.snoozedUntil)}`
            : item.status === 'open'
              ? 'Conversation reopened'
              : 'Marked as pending';
      notifications.show({ message, autoClose: 2500 });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not change the status',
        message: errorMessage(error),
      }),
  });

  const assign = useCallback(
    (assigneeId: string | null) => {
      if (conversationId) assignMutation.mutate({ conversationId, assigneeId });
    },
    [conversationId, assignMutation.mutate],
  );

  const setStatus = useCallback(
    (status: ConversationStatusValue, snoozedUntil?: Date) => {
      if (!conversationId) return;
      statusMutation.mutate({ conversationId, status, ...(snoozedUntil ? { snoozedUntil } : {}) });
    },
    [conversationId, statusMutation.mutate],
  );

  return {
    assign,
    setStatus,
    assigning: assignMutation.isPending,
    changingStatus: statusMutation.isPending,
  };
}
