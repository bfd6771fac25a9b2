import type { MessageStatusValue, OrgEvent } from '@stayzr/shared';

/**
 * What one live event makes stale. Kept small on purpose: a delivery tick touches only its thread, a
 * staff reply does not change the tab counts, and only the conversation named in the event is refetched.
 */
export interface LiveWork {
  /** The conversation lists (order, preview, unread). */
  lists: boolean;
  /** Tab counts and the unread total in the browser tab's title. */
  counts: boolean;
  /** Conversations whose header/side panel (`conversations.get`) changed. */
  conversations: Set<string>;
  /** Threads to bring up to date (newest page fetched and merged). */
  threads: Set<string>;
  /** Guests whose profile changed. */
  guests: Set<string>;
  /** Delivery states to show immediately, before the thread's fetch comes back. */
  statuses: {
    conversationId: string;
    messageId: string;
    status: MessageStatusValue;
    errorCode: string | null;
  }[];
}

export function emptyWork(): LiveWork {
  return {
    lists: false,
    counts: false,
    conversations: new Set(),
    threads: new Set(),
    guests: new Set(),
    statuses: [],
  };
}

/** Adds what `event` makes stale to `work` (events arriving close together share one round of fetches). */
export function addEventWork(work: LiveWork, event: OrgEvent): LiveWork {
  switch (event.type) {
    case 'message.received':
      // A guest wrote: the list order, unread state, waiting time and possibly the status (reopened) change.
      work.lists = true;
      work.counts = true;
      work.conversations.add(event.conversationId);
      work.threads.add(event.conversationId);
      break;
    case 'message.created':
      // A reply or a note: the list preview and order, and the thread; status and counts stay.
      work.lists = true;
      work.threads.add(event.conversationId);
      break;
    case 'message.status':
      work.threads.add(event.conversationId);
      work.statuses.push({
        conversationId: event.conversationId,
        messageId: event.messageId,
        status: event.status,
        errorCode: event.errorCode,
      });
      break;
    case 'conversation.updated':
      work.lists = true;
      work.counts = true;
      work.conversations.add(event.conversationId);
      break;
    case 'guest.updated':
      // Names show in the list; the opt-out state in the side panel.
      work.lists = true;
      work.guests.add(event.guestId);
      break;
  }
  return work;
}

type Listener = (event: OrgEvent) => void;
const listeners = new Set<Listener>();

/** Pages react to events beyond the cache (the open conversation is marked read when a guest writes). */
export function onInboxEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitInboxEvent(event: OrgEvent): void {
  for (const listener of listeners) listener(event);
}

/** `live`: events stream in; `connecting`: first connection or reconnecting after a drop. */
export type LiveState = 'connecting' | 'live' | 'offline';
let liveState: LiveState = 'connecting';
const stateListeners = new Set<() => void>();

export function setLiveState(state: LiveState): void {
  if (state === liveState) return;
  liveState = state;
  for (const listener of stateListeners) listener();
}

export function getLiveState(): LiveState {
  return liveState;
}

export function subscribeLiveState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}
