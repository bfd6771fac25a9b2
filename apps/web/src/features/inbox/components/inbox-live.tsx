import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { OrgEvent } from '@stayzr/shared';
import { type QueryClient, skipToken, useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { trpc } from '../../../lib/trpc';
import { AlertsLive } from '../../alerts/components/alerts-live';
import { guestDisplayName } from '../lib/guest-name';
import { addEventWork, emitInboxEvent, emptyWork, type LiveWork, setLiveState } from '../lib/live-events';
import { threadInput } from '../lib/queries';
import { inboxPath } from '../lib/routes';
import { mergeMessages, patchStatus } from '../lib/thread-cache';
import { titleWithUnread } from '../lib/unread-title';

/** Events arriving within this window (a reply's sent + delivered, a burst of texts) share one round of fetches. */
const BATCH_MS = 20;
const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

/**
 * The organization's live events, for as long as someone of the organization is signed in (mounted by the
 * shell, on every page): caches are brought up to date, a toast announces new conversations while the user
 * is somewhere other than the open inbox, and the browser tab's title carries the unread count.
 */
export default function InboxLive() {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const pathRef = useRef(location.pathname);
  pathRef.current = location.pathname;
  const pending = useRef<LiveWork | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const syncing = useRef(new Map<string, boolean>());
  const [attempt, setAttempt] = useState(0);
  const [enabled, setEnabled] = useState(true);
  const droppedRef = useRef(false);

  /** Fetches the newest page of a cached thread and merges it in; one fetch per thread at a time. */
  const syncThread = useCallback(
    async (conversationId: string) => {
      const input = threadInput(conversationId);
      if (!utils.messages.list.getInfiniteData(input)) return;
      if (syncing.current.has(conversationId)) {
        syncing.current.set(conversationId, true);
        return;
      }
      syncing.current.set(conversationId, false);
      try {
        const page = await utils.client.messages.list.query(input);
        utils.messages.list.setInfiniteData(input, (data) => (data ? mergeMessages(data, page.items) : data));
      } catch {
        // The next event or reopening the conversation brings it up to date.
      } finally {
        const again = syncing.current.get(conversationId);
        syncing.current.delete(conversationId);
        if (again) void syncThread(conversationId);
      }
    },
    [utils],
  );

  const flush = useCallback(() => {
    timer.current = null;
    const work = pending.current;
    pending.current = null;
    if (!work) return;
    for (const change of work.statuses) {
      utils.messages.list.setInfiniteData(threadInput(change.conversationId), (data) =>
        data ? patchStatus(data, change.messageId, change.status, change.errorCode) : data,
      );
    }
    if (work.lists) void utils.conversations.list.invalidate();
    if (work.counts) void utils.conversations.counts.invalidate();
    for (const conversationId of work.conversations)
      void utils.conversations.get.invalidate({ conversationId });
    for (const conversationId of work.threads) void syncThread(conversationId);
    if (work.guests.size > 0) {
      // The side panel shows the guest from `conversations.get`; only the open one is refetched.
      void utils.conversations.get.invalidate();
      for (const guestId of work.guests) void utils.guests.get.invalidate({ guestId });
    }
  }, [utils, syncThread]);

  const announce = useCallback(
    async (event: Extract<OrgEvent, { type: 'message.received' }>) => {
      // On the open inbox the conversation appears at the top of the list anyway.
      if (!event.newConversation || pathRef.current.startsWith('/inbox/open')) return;
      const conversation = await utils.conversations.get
        .fetch({ conversationId: event.conversationId })
        .catch(() => null);
      if (!conversation) return;
      const name = guestDisplayName(conversation.guest);
      notifications.show({
        id: `new-conversation-${conversation.id}`,
        title: `New conversation: ${name}`,
        color: 'teal',
        autoClose: 8_000,
        message: (
          <>
            <Text size="sm" lineClamp={2}>
              {conversation.lastMessagePreview ?? 'New message'}
            </Text>
            {/* Toasts render outside the router: the link navigates through this component's router. */}
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              onClick={() => {
                notifications.hide(`new-conversation-${conversation.id}`);
                navigate(inboxPath('open', conversation.id));
              }}
            >
              Open conversation
            </Anchor>
          </>
        ),
      });
    },
    [utils, navigate],
  );

  const onEvent = useCallback(
    (event: OrgEvent) => {
      emitInboxEvent(event);
      pending.current = addEventWork(pending.current ?? emptyWork(), event);
      timer.current ??= setTimeout(flush, BATCH_MS);
      if (event.type === 'message.received') void announce(event);
    },
    [flush, announce],
  );

  const subscription = trpc.inbox.events.useSubscription(enabled ? undefined : skipToken, {
    onStarted: () => {
      setLiveState('live');
      setAttempt(0);
      // After an unrecoverable drop the stream starts over without a resume point: catch up once.
      if (droppedRef.current) {
        droppedRef.current = false;
        void utils.conversations.invalidate();
        for (const conversationId of cachedThreadIds(queryClient)) void syncThread(conversationId);
      }
    },
    onData: (tracked) => onEvent(tracked.data),
    onError: () => {
      setLiveState('offline');
      droppedRef.current = true;
      setEnabled(false);
    },
  });

  // tRPC reconnects by itself (resuming after the last event id) while the state is `connecting`; only an
  // unrecoverable error ends the subscription, which is then started again after a growing pause.
  useEffect(() => {
    if (subscription.status === 'connecting') setLiveState('connecting');
  }, [subscription.status]);
  useEffect(() => {
    if (enabled) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
    const retry = setTimeout(() => {
      setAttempt((value) => value + 1);
      setEnabled(true);
    }, delay);
    return () => clearTimeout(retry);
  }, [enabled, attempt]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      setLiveState('connecting');
    },
    [],
  );

  useUnreadTitle();
  return <AlertsLive />;
}

function cachedThreadIds(queryClient: QueryClient): string[] {
  const ids: string[] = [];
  for (const query of queryClient.getQueryCache().findAll({ queryKey: getQueryKey(trpc.messages.list) })) {
    const meta = query.queryKey[1];
    const input = typeof meta === 'object' && meta !== null && 'input' in meta ? meta.input : null;
    if (typeof input === 'object' && input !== null && 'conversationId' in input) {
      if (typeof input.conversationId === 'string') ids.push(input.conversationId);
    }
  }
  return ids;
}

/** "(3) Inbox · Stayzr": whichever page is open, its title carries the organization's unread count. */
function useUnreadTitle() {
  const counts = trpc.conversations.counts.useQuery({ assignee: 'all' }, { staleTime: 30_000 });
  const unread = counts.data?.unread ?? 0;
  useEffect(() => {
    const apply = () => {
      const next = titleWithUnread(document.title, unread);
      if (next !== document.title) document.title = next;
    };
    apply();
    // Pages set their own title as they mount; put the count back in front of it.
    const titleElement = document.querySelector('title');
    if (!titleElement) return;
    const observer = new MutationObserver(apply);
    observer.observe(titleElement, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      document.title = titleWithUnread(document.title, 0);
    };
  }, [unread]);
}
