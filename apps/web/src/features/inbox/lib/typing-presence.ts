import { type OrgEvent, TYPING_TTL_MS } from '@stayzr/shared';

/** Who is typing where (from `conversation.typing` events); each entry lapses TYPING_TTL_MS after its last event. */
const typing = new Map<string, Map<string, { name: string; until: number }>>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export function recordTyping(event: OrgEvent, now = Date.now()): void {
  if (event.type !== 'conversation.typing') return;
  const people = typing.get(event.conversationId) ?? new Map();
  people.set(event.userId, { name: event.userName, until: now + TYPING_TTL_MS });
  typing.set(event.conversationId, people);
  setTimeout(notify, TYPING_TTL_MS + 50);
  notify();
}

/** Colleagues (not `me`) typing in the conversation right now. */
export function typingIn(conversationId: string, me: string, now = Date.now()): string[] {
  const people = typing.get(conversationId);
  if (!people) return [];
  return [...people.entries()]
    .filter(([userId, entry]) => userId !== me && entry.until > now)
    .map(([, entry]) => entry.name);
}

export function subscribeTyping(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
