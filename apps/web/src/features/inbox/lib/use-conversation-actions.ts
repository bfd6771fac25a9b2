import { notifications } from '@mantine/notifications';
import type {
  ConversationCounts,
  ConversationListItem,
  ConversationPage,
  ConversationStatusValue,
} from '@stayzr/shared';
import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { countsWithStatus, inputOfKey, listWithStatus } from './optimistic-status';
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
  const queryClient = useQueryClient();
  const me = useMe();

  // The list and the tab counts follow a status change at once, before the server answers; its answer
  // (or its refusal) then refetches both, so neither stays wrong.
  const applyOptimistically = useCallback(
    (id: string, status: ConversationStatusValue) => {
      const detail = utils.conversations.get.getData({ conversationId: id });
      for (const query of queryClient
        .getQueryCache()
        .findAll({ queryKey: getQueryKey(trpc.conversations.list) })) {
        queryClient.setQueryData<InfiniteData<ConversationPage>>(query.queryKey, (data) =>
          listWithStatus(data, inputOfKey(query.queryKey).status, id, status),
        );
      }
      if (!detail) return;
      for (const query of queryClient
        .getQueryCache()
        .findAll({ queryKey: getQueryKey(trpc.conversations.counts) })) {
        queryClient.setQueryData<ConversationCounts>(query.queryKey, (counts) =>
          countsWithStatus(counts, inputOfKey(query.queryKey).assignee, detail, status, me.id),
        );
      }
    },
    [utils, queryClient, me.id],
  );
  const refreshLists = useCallback(() => {
    void utils.conversations.list.invalidate();
    void utils.conversations.counts.invalidate();
  }, [utils]);

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
    },
    [utils],
  );

  const assignMutation = trpc.conversations.assign.useMutation({
    onSettled: refreshLists,
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
    onMutate: async ({ conversationId: id, status }) => {
      // A list refetch already under way would answer with the old status over the patch.
      await queryClient.cancelQueries({ queryKey: getQueryKey(trpc.conversations.list) });
      await queryClient.cancelQueries({ queryKey: getQueryKey(trpc.conversations.counts) });
      applyOptimistically(id, status);
    },
    onSettled: refreshLists,
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
