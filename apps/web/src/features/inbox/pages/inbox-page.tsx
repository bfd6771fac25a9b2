import { EmptyState, Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import type { ConversationStatusValue } from '@stayzr/shared';
import { IconInbox } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import type { ComposerHandle } from '../components/composer';
import { ConversationList } from '../components/conversation-list';
import { ConversationView, SidePanel } from '../components/conversation-view';
import classes from '../components/inbox.module.css';
import { CONVERSATION_STALE_MS, useConversationList } from '../lib/queries';
import { filtersFromSearch, type InboxFilters, inboxPath, parseStatus, STATUS_LABELS } from '../lib/routes';
import { neighbourId, SHORTCUT_HELP, shortcutFor, successorId } from '../lib/shortcuts';
import { useConversationActions } from '../lib/use-conversation-actions';

/** `/inbox/:status/:conversationId?`: the list, the open conversation and its guest, side by side. */
export function InboxPage() {
  const params = useParams();
  const status = parseStatus(params.status);
  if (!status) return <Navigate to="/inbox/open" replace />;
  return <Inbox status={status} conversationId={params.conversationId ?? null} />;
}

function Inbox({
  status,
  conversationId,
}: {
  status: ConversationStatusValue;
  conversationId: string | null;
}) {
  useDocumentTitle(`${STATUS_LABELS[status]} · Inbox · Stayzr`);
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const list = useConversationList(status, filters);
  const ids = useMemo(
    () => list.data?.pages.flatMap((page) => page.items.map((item) => item.id)) ?? [],
    [list.data],
  );

  const wide = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const [panelOpened, setPanelOpened] = useState(false);
  const [helpOpened, help] = useDisclosure(false);
  const composerRef = useRef<ComposerHandle>(null);

  const open = useCallback(
    (id: string | null, replace = false) => navigate(inboxPath(status, id, filters), { replace }),
    [navigate, status, filters],
  );

  // Resolving or snoozing from the list's tab moves on to the next conversation, like a to-do list. The
  // list as it was while it still held the open conversation: the action takes it out at once.
  const idsRef = useRef(ids);
  if (!conversationId || ids.includes(conversationId)) idsRef.current = ids;
  // The conversation the page moved on to by itself is shown but not read until staff engage with it
  // (click, scroll, type, focus in its pane): nobody chose to read it, and the desk may be unattended.
  const [movedOnTo, setMovedOnTo] = useState<string | null>(null);
  useEffect(() => setMovedOnTo((current) => (current === conversationId ? current : null)), [conversationId]);
  const onStatusChanged = useCallback(
    (changedId: string, next: ConversationStatusValue) => {
      if (next === status || changedId !== conversationId) return;
      const successor = successorId(idsRef.current, changedId);
      setMovedOnTo(successor);
      open(successor);
    },
    [status, conversationId, open],
  );
  const threadPaneRef = useRef<HTMLElement>(null);
  const listPaneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const pane = threadPaneRef.current;
    const listPane = listPaneRef.current;
    if (!movedOnTo || !pane || !listPane) return;
    const engage = () => setMovedOnTo(null);
    // Clicking the open conversation's own row in the list is choosing it too.
    const onListPointer = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('[aria-current="page"]')) engage();
    };
    const events = ['pointerdown', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;
    for (const type of events) pane.addEventListener(type, engage, { passive: true });
    listPane.addEventListener('pointerdown', onListPointer);
    return () => {
      for (const type of events) pane.removeEventListener(type, engage);
      listPane.removeEventListener('pointerdown', onListPointer);
    };
  }, [movedOnTo]);
  const actions = useConversationActions(conversationId, onStatusChanged);
  const detail = trpc.conversations.get.useQuery(
    { conversationId: conversationId ?? '' },
    { enabled: false, staleTime: CONVERSATION_STALE_MS },
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      switch (shortcut) {
        case 'next':
        case 'previous': {
          const target = neighbourId(ids, conversationId, shortcut);
          if (target && target !== conversationId) open(target);
          break;
        }
        case 'resolve': {
          if (!conversationId) return;
          const current = detail.data?.status;
          actions.setStatus(current === 'resolved' || current === 'snoozed' ? 'open' : 'resolved');
          break;
        }
        case 'assignToMe':
          if (!conversationId) return;
          if (detail.data?.assignee?.id !== me.id) actions.assign(me.id);
          break;
        case 'reply':
        case 'note':
          if (!conversationId) return;
          composerRef.current?.focus(shortcut);
          break;
        case 'help':
          help.open();
          break;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ids, conversationId, open, actions, detail.data, me.id, help]);

  const onFiltersChange = (next: InboxFilters) =>
    navigate(inboxPath(status, conversationId, next), { replace: true });
  const onStatusChange = (next: ConversationStatusValue) => navigate(inboxPath(next, null, filters));

  return (
    <div
      className={classes.root}
      data-with-panel={wide && conversationId ? '' : undefined}
      data-open={conversationId ? '' : undefined}
    >
      <section
        ref={listPaneRef}
        className={`${classes.pane} ${classes.listPane}`}
        aria-label="Conversation list"
      >
        <ConversationList
          status={status}
          filters={filters}
          selectedId={conversationId}
          list={list}
          onStatusChange={onStatusChange}
          onFiltersChange={onFiltersChange}
          onShowShortcuts={help.open}
        />
      </section>
      <section
        ref={threadPaneRef}
        className={`${classes.pane} ${classes.threadPane}`}
        aria-label="Conversation"
      >
        {conversationId ? (
          <ConversationView
            // One instance per conversation: nothing of the previous one (its thread, its draft) can stay on
            // screen or leak into the next, however fast staff move through the list.
            key={conversationId}
            conversationId={conversationId}
            readOnceEngaged={movedOnTo === conversationId}
            actions={actions}
            backTo={inboxPath(status, null, filters)}
            composerRef={composerRef}
            panelInline={wide}
            panelOpened={panelOpened}
            onPanelChange={setPanelOpened}
          />
        ) : (
          <NoConversation count={ids.length} />
        )}
      </section>
      {wide && conversationId ? (
        <section className={`${classes.pane} ${classes.sidePane}`} aria-label="Guest details">
          <SidePanel key={conversationId} conversationId={conversationId} />
        </section>
      ) : null}
      <ShortcutsModal opened={helpOpened} onClose={help.close} />
    </div>
  );
}

function NoConversation({ count }: { count: number }) {
  return (
    <Stack flex={1} justify="center" align="center" p="xl">
      <EmptyState
        icon={<IconInbox stroke={1.75} aria-hidden size={32} />}
        withIndicatorBackground
        title={count > 0 ? 'Pick a conversation' : 'Nothing to answer right now'}
        description={
          count > 0 ? (
            <>
              Choose one from the list, or press <Kbd size="xs">j</Kbd> to open the first.
            </>
          ) : (
            'When a guest writes, their message shows up here live.'
          )
        }
      />
    </Stack>
  );
}

function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="sm" centered>
      <Table verticalSpacing={6} withRowBorders={false}>
        <Table.Tbody>
          {SHORTCUT_HELP.map((shortcut) => (
            <Table.Tr key={shortcut.keys}>
              <Table.Td w={90}>
                <Group gap={4}>
                  <Kbd>{shortcut.keys}</Kbd>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{shortcut.action}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
