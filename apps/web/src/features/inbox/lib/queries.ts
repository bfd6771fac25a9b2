import type { ConversationStatusValue } from '@stayzr/shared';
import { trpc } from '../../../lib/trpc';
import type { InboxFilters } from './routes';

/** Conversations per page of the list; the list loads the next page as its end scrolls into view. */
export const LIST_PAGE_SIZE = 25;
/** Messages per page of a thread; older pages load as the user scrolls up. */
export const THREAD_PAGE_SIZE = 50;

export function listInput(status: ConversationStatusValue, filters: InboxFilters) {
  return {
    status,
    assignee: filters.assignee,
    limit: LIST_PAGE_SIZE,
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.unread ? { unread: true } : {}),
    ...(filters.sort !== 'newest' ? { sort: filters.sort } : {}),
    ...(filters.labelId ? { labelId: filters.labelId } : {}),
  };
}

export function threadInput(conversationId: string) {
  return { conversationId, limit: THREAD_PAGE_SIZE };
}

/** Shared by the hooks below and by `prefetchRoute`, which starts the same queries before the page renders. */
export const LIST_QUERY = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
  // Live events keep the list current; this only bounds how stale a list left open without events gets.
  staleTime: 30_000,
};
export const COUNTS_STALE_MS = 30_000;
export const CONVERSATION_STALE_MS = 30_000;
/**
 * A thread is never refetched wholesale (a 10 000-message history scrolled through would be hundreds of
 * requests): live events merge the newest page in instead (see inbox-live).
 */
export const THREAD_QUERY = {
  getNextPageParam: (page: { olderCursor: string | null }) => page.olderCursor,
  staleTime: Number.POSITIVE_INFINITY,
};

export function useConversationList(status: ConversationStatusValue, filters: InboxFilters) {
  return trpc.conversations.list.useInfiniteQuery(listInput(status, filters), {
    ...LIST_QUERY,
    // While a new search or filter loads, the current list stays (dimmed) instead of flashing a skeleton;
    // another status tab is a different list, so it starts from its own loading state.
    placeholderData: (previous, previousQuery) =>
      statusOfListKey(previousQuery?.queryKey) === status ? previous : undefined,
  });
}

/** A thread, newest page first; see THREAD_QUERY. */
export function useThread(conversationId: string) {
  return trpc.messages.list.useInfiniteQuery(threadInput(conversationId), {
    ...THREAD_QUERY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useCounts(assignee: InboxFilters['assignee']) {
  return trpc.conversations.counts.useQuery({ assignee }, { staleTime: COUNTS_STALE_MS });
}

/** The open conversation's header, composer and guest panel. */
export function useConversation(conversationId: string) {
  return trpc.conversations.get.useQuery({ conversationId }, { staleTime: CONVERSATION_STALE_MS });
}

function statusOfListKey(queryKey: readonly unknown[] | undefined): unknown {
  const meta = queryKey?.[1];
  if (typeof meta !== 'object' || meta === null || !('input' in meta)) return undefined;
  const input = meta.input;
  return typeof input === 'object' && input !== null && 'status' in input ? input.status : undefined;
}
