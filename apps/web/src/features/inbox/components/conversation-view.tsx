import { Button, Center, Drawer, EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import { useDocumentVisibility } from '@mantine/hooks';
import type { ConversationDetail, ConversationPage } from '@stayzr/shared';
import { IconInbox } from '@tabler/icons-react';
import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { type Ref, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { appCodeOf } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { QueryError } from '../../../ui/query-error';
import { guestDisplayName } from '../lib/guest-name';
import { onInboxEvent } from '../lib/live-events';
import { useConversation, useThread } from '../lib/queries';
import type { ConversationActions } from '../lib/use-conversation-actions';
import { Composer, type ComposerHandle } from './composer';
import { ConversationHeader } from './conversation-header';
import { GuestPanel } from './guest-panel';
import { Thread } from './thread';

interface ConversationViewProps {
  conversationId: string;
  /** The page opened it by itself (after an action): read only once staff engage with it. */
  readOnceEngaged: boolean;
  actions: ConversationActions;
  backTo: string;
  composerRef: Ref<ComposerHandle>;
  /** The side panel is a column of the page on wide screens, a drawer otherwise. */
  panelInline: boolean;
  panelOpened: boolean;
  onPanelChange: (opened: boolean) => void;
}

export function ConversationView({
  conversationId,
  readOnceEngaged,
  actions,
  backTo,
  composerRef,
  panelInline,
  panelOpened,
  onPanelChange,
}: ConversationViewProps) {
  const conversation = useConversation(conversationId);
  // The thread's newest page loads alongside the conversation, not after it (Thread reads the same query).
  useThread(conversationId);
  // Read only once its newest messages have painted, in a visible tab (and, after an action, engaged).
  const [shown, setShown] = useState(false);
  useMarkRead(conversation.data, shown && !readOnceEngaged);

  if (conversation.isPending) return <ViewSkeleton />;
  if (conversation.isError) {
    const gone = appCodeOf(conversation.error) === 'NOT_FOUND';
    return (
      <Center flex={1} p="lg">
        {gone ? (
          <EmptyState
            icon={<IconInbox stroke={1.75} aria-hidden size={28} />}
            withIndicatorBackground
            title="Conversation not found"
            description="It may have been merged into another guest’s, or it is assigned to someone whose conversations you cannot see."
          >
            <EmptyState.Actions>
              <Button component={Link} to={backTo} variant="light" size="xs">
                Back to the inbox
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <QueryError
            title="Could not load the conversation"
            error={conversation.error}
            retrying={conversation.isFetching}
            onRetry={() => void conversation.refetch()}
          />
        )}
      </Center>
    );
  }

  const data = conversation.data;
  return (
    <>
      <ConversationHeader
        conversation={data}
        actions={actions}
        backTo={backTo}
        onShowDetails={panelInline ? null : () => onPanelChange(true)}
      />
      <Thread
        conversationId={conversationId}
        guestName={guestDisplayName(data.guest)}
        isEmail={data.channel.type === 'email'}
        otherChannels={data.otherChannels}
        onShown={() => setShown(true)}
      />
      <Composer conversation={data} ref={composerRef} />
      {panelInline ? null : (
        <Drawer
          opened={panelOpened}
          onClose={() => onPanelChange(false)}
          position="right"
          size={340}
          title="Guest and stay"
          padding={0}
        >
          <GuestPanel conversation={data} />
        </Drawer>
      )}
    </>
  );
}

/** The side panel's column on wide screens. */
export function SidePanel({ conversationId }: { conversationId: string }) {
  const conversation = useConversation(conversationId);
  if (!conversation.data) {
    return (
      <Stack p="md" gap="sm">
        <Skeleton height={14} width="40%" />
        <Skeleton height={20} width="70%" />
        <Skeleton height={12} width="60%" />
        <Skeleton height={12} width="50%" />
      </Stack>
    );
  }
  return <GuestPanel conversation={conversation.data} />;
}

/**
 * A conversation shown to staff (or a guest writing while it is shown and the tab is visible) is marked
 * read: the list's bold and badge clear at once, and the counts catch up. Loading it is not enough
 * (`shown`): see ConversationView.
 */
function useMarkRead(conversation: ConversationDetail | undefined, shown: boolean) {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  const visibility = useDocumentVisibility();
  const markRead = trpc.conversations.markRead.useMutation({
    onSuccess: (_result, { conversationId }) => {
      utils.conversations.get.setData({ conversationId }, (detail) =>
        detail ? { ...detail, unreadCount: 0 } : detail,
      );
      queryClient.setQueriesData<InfiniteData<ConversationPage>>(
        { queryKey: getQueryKey(trpc.conversations.list) },
        (data) =>
          data?.pages
            ? {
                ...data,
                pages: data.pages.map((page) => ({
                  ...page,
                  items: page.items.map((item) =>
                    item.id === conversationId ? { ...item, unreadCount: 0 } : item,
                  ),
                })),
              }
            : data,
      );
      void utils.conversations.counts.invalidate();
    },
  });
  const id = conversation?.id;
  const unread = conversation?.unreadCount ?? 0;
  const { mutate } = markRead;

  useEffect(() => {
    if (id && shown && unread > 0 && visibility === 'visible') mutate({ conversationId: id });
  }, [id, shown, unread, visibility, mutate]);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // A guest writes into the open conversation: read as it appears.
  useEffect(() => {
    if (!id) return;
    return onInboxEvent((event) => {
      if (
        event.type === 'message.received' &&
        event.conversationId === id &&
        shownRef.current &&
        document.visibilityState === 'visible'
      ) {
        mutate({ conversationId: id });
      }
    });
  }, [id, mutate]);
}

function ViewSkeleton() {
  return (
    <Stack flex={1} gap={0} aria-busy="true" aria-label="Loading conversation">
      <Group px="md" py="sm" justify="space-between">
        <Stack gap={6}>
          <Skeleton height={18} width={180} />
          <Skeleton height={10} width={120} />
        </Stack>
        <Group gap="xs">
          <Skeleton height={30} width={90} />
          <Skeleton height={30} width={90} />
        </Group>
      </Group>
      <Stack flex={1} p="lg" gap="md">
        <Skeleton height={56} width="55%" radius="lg" />
        <Group justify="flex-end">
          <Skeleton height={56} width="45%" radius="lg" />
        </Group>
      </Stack>
    </Stack>
  );
}
