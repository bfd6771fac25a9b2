import { Text } from '@mantine/core';
import { type MessageDto, TYPING_REFRESH_MS } from '@stayzr/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMeQuery } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { onInboxEvent } from '../lib/live-events';
import { useThread } from '../lib/queries';
import { recordTyping, subscribeTyping, typingIn } from '../lib/typing-presence';

/** A colleague's reply this recent is worth a look before sending another. */
const RECENT_REPLY_MS = 60_000;

/** "Anna is typing…" / "Anna replied 20 s ago": shown above the composer so two people don't answer at once. */
export function CollisionWarning({ conversationId }: { conversationId: string }) {
  const me = useMeQuery().data?.id ?? '';
  const [, setTick] = useState(0);
  useEffect(() => {
    const rerender = () => setTick((value) => value + 1);
    const stopEvents = onInboxEvent(recordTyping);
    const stopTyping = subscribeTyping(rerender);
    const clock = setInterval(rerender, 5_000);
    return () => {
      stopEvents();
      stopTyping();
      clearInterval(clock);
    };
  }, []);
  const thread = useThread(conversationId);
  const typists = typingIn(conversationId, me);
  if (typists.length > 0) {
    return (
      <Text size="sm" c="orange.8" fw={500} role="status" data-testid="collision-warning">
        {typists.join(', ')} {typists.length === 1 ? 'is' : 'are'} typing…
      </Text>
    );
  }
  const recent = latestColleagueReply(thread.data?.pages.flatMap((page) => page.items) ?? [], me);
  if (!recent) return null;
  const seconds = Math.max(1, Math.round((Date.now() - new Date(recent.createdAt).getTime()) / 1_000));
  return (
    <Text size="sm" c="orange.8" fw={500} role="status" data-testid="collision-warning">
      {recent.sender?.name ?? 'A colleague'} replied {seconds} s ago
    </Text>
  );
}

function latestColleagueReply(messages: MessageDto[], me: string): MessageDto | null {
  const since = Date.now() - RECENT_REPLY_MS;
  let latest: MessageDto | null = null;
  for (const message of messages) {
    if (
      message.senderType !== 'staff' ||
      message.isPrivateNote ||
      !message.sender ||
      (message.sender.kind === 'staff' && message.sender.id === me)
    )
      continue;
    if (new Date(message.createdAt).getTime() < since) continue;
    if (!latest || new Date(message.createdAt) > new Date(latest.createdAt)) latest = message;
  }
  return latest;
}

/**
 * Tells colleagues "I am typing here", at most every TYPING_REFRESH_MS. Not while a super admin is switched
 * in: each of their writes is audited, and a keystroke is not worth an audit row.
 */
export function useTypingSignal(conversationId: string): () => void {
  const me = useMeQuery().data;
  const typing = trpc.conversations.typing.useMutation();
  const last = useRef(0);
  const { mutate } = typing;
  return useCallback(() => {
    if (!me || me.impersonating) return;
    const now = Date.now();
    if (now - last.current < TYPING_REFRESH_MS) return;
    last.current = now;
    mutate({ conversationId }, { onError: () => undefined });
  }, [me, mutate, conversationId]);
}
