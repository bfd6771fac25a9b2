import type {
  ConversationCounts,
  ConversationDetail,
  ConversationPage,
  ConversationStatusValue,
} from '@stayzr/shared';
import type { InfiniteData } from '@tanstack/react-query';
import type { AssigneeFilter } from './routes';

/**
 * A status list the moment staff resolve, snooze or reopen: the conversation leaves every list of another
 * status at once (the server's answer then refetches them, which also adds it where it now belongs).
 */
export function listWithStatus(
  data: InfiniteData<ConversationPage> | undefined,
  listStatus: unknown,
  conversationId: string,
  status: ConversationStatusValue,
): InfiniteData<ConversationPage> | undefined {
  if (!data?.pages) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items:
        listStatus === status
          ? page.items.map((item) => (item.id === conversationId ? { ...item, status } : item))
          : page.items.filter((item) => item.id !== conversationId),
    })),
  };
}

/** The status tabs' counts, moved along with the conversation where the tab's assignee filter includes it. */
export function countsWithStatus(
  counts: ConversationCounts | undefined,
  assigneeFilter: unknown,
  conversation: Pick<ConversationDetail, 'status' | 'assignee'>,
  status: ConversationStatusValue,
  meId: string,
): ConversationCounts | undefined {
  if (!counts || conversation.status === status) return counts;
  if (!inAssigneeFilter(assigneeFilter, conversation.assignee?.id ?? null, meId)) return counts;
  const byStatus = { ...counts.byStatus };
  byStatus[conversation.status] = Math.max(0, byStatus[conversation.status] - 1);
  byStatus[status] += 1;
  return { ...counts, byStatus };
}

function inAssigneeFilter(filter: unknown, assigneeId: string | null, meId: string): boolean {
  const known = filter as AssigneeFilter | undefined;
  if (known === 'me') return assigneeId === meId;
  if (known === 'unassigned') return assigneeId === null;
  return true;
}

/** The `input` of a tRPC query key (`[path, { input, type }]`). */
export function inputOfKey(queryKey: readonly unknown[]): Record<string, unknown> {
  const meta = queryKey[1];
  if (typeof meta !== 'object' || meta === null || !('input' in meta)) return {};
  const input = meta.input;
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}
