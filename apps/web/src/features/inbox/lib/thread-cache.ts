import type { MessageDto, MessagePage, MessageStatusValue } from '@stayzr/shared';
import type { InfiniteData } from '@tanstack/react-query';

/** The thread as cached by the infinite query: newest page first, each page oldest first. */
export type ThreadData = InfiniteData<MessagePage, string | null>;

// Mirrors the server's MESSAGE_STATUS_RANK (packages/shared/src/events.ts); a local copy so the thread
// does not pull the shared package's schemas into the browser bundle for one table.
const RANK: Record<MessageStatusValue, number> = {
  received: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  failed: 6,
  undelivered: 6,
};
const FINAL: ReadonlySet<MessageStatusValue> = new Set(['failed', 'undelivered']);

/** Every message of the loaded pages, oldest first. */
export function threadMessages(data: InfiniteData<MessagePage, unknown> | undefined): MessageDto[] {
  if (!data) return [];
  const messages: MessageDto[] = [];
  for (let index = data.pages.length - 1; index >= 0; index--) {
    const page = data.pages[index];
    if (page) messages.push(...page.items);
  }
  return messages;
}

/**
 * Of two copies of one message, the one to keep. The server's copy wins, except when the cache already
 * has a later delivery state from a live event that the (slightly older) fetched copy has not seen yet.
 * A final state is never kept over the server's: a retry legitimately takes a failed reply back to queued.
 */
export function newerCopy(cached: MessageDto, fetched: MessageDto): MessageDto {
  if (!FINAL.has(cached.status) && RANK[cached.status] > RANK[fetched.status]) {
    return { ...fetched, status: cached.status };
  }
  return fetched;
}

const byTime = (a: MessageDto, b: MessageDto) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merges freshly fetched messages (the newest page, after a live event) into the cached thread:
 * known messages are updated in place, new ones join the newest page in time order. Older pages the
 * user scrolled through stay as they are, so the scroll position and history survive.
 */
export function mergeMessages<T extends InfiniteData<MessagePage, unknown>>(
  data: T,
  incoming: readonly MessageDto[],
): T {
  if (incoming.length === 0 || data.pages.length === 0) return data;
  const fetched = new Map(incoming.map((message) => [message.id, message]));
  let changed = false;
  const pages = data.pages.map((page) => {
    let pageChanged = false;
    const items = page.items.map((message) => {
      const update = fetched.get(message.id);
      if (!update) return message;
      fetched.delete(message.id);
      const kept = newerCopy(message, update);
      if (sameMessage(kept, message)) return message;
      pageChanged = true;
      return kept;
    });
    if (!pageChanged) return page;
    changed = true;
    return { ...page, items };
  });
  const newest = pages[0];
  if (fetched.size > 0 && newest) {
    pages[0] = { ...newest, items: [...newest.items, ...fetched.values()].sort(byTime) };
    changed = true;
  }
  return changed ? { ...data, pages } : data;
}

/** A live `message.status` event applied at once, before the fetch that brings the reason catches up. */
export function patchStatus<T extends InfiniteData<MessagePage, unknown>>(
  data: T,
  messageId: string,
  status: MessageStatusValue,
  errorCode: string | null,
): T {
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.items.findIndex((message) => message.id === messageId);
    const message = page.items[index];
    if (!message || message.status === status) return page;
    // Out-of-order events never undo progress; `queued` after a final state is a retry.
    const isRetry = FINAL.has(message.status) && status === 'queued';
    if (!isRetry && (FINAL.has(message.status) || RANK[status] < RANK[message.status])) return page;
    changed = true;
    const items = [...page.items];
    items[index] = {
      ...message,
      status,
      errorCode: FINAL.has(status) ? errorCode : null,
      errorMessage: FINAL.has(status) ? message.errorMessage : null,
    };
    return { ...page, items };
  });
  return changed ? { ...data, pages } : data;
}

function sameMessage(a: MessageDto, b: MessageDto): boolean {
  return (
    a.status === b.status &&
    a.errorCode === b.errorCode &&
    a.errorMessage === b.errorMessage &&
    a.body === b.body &&
    a.attachments.length === b.attachments.length
  );
}
