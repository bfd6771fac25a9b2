import {
  ActionIcon,
  Alert,
  Anchor,
  Group,
  Kbd,
  Popover,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import type { CannedResponseDto, ConversationDetail, MessageDto } from '@stayzr/shared';
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link } from 'react-router';
import { IconAlertCircle, IconBolt, IconSend } from '../../../components/inbox/inbox-icons';
import { trpc } from '../../../lib/trpc';
import { filterCanned, insertCanned, type SlashQuery, slashQueryAt } from '../lib/canned';
import { threadInput } from '../lib/queries';
import { type ComposerError, composerErrorOf } from '../lib/send-errors';
import { mergeMessages } from '../lib/thread-cache';
import { AiSuggestionChip } from './ai-suggestion-chip';
import classes from './inbox.module.css';

export type ComposerMode = 'reply' | 'note';

export interface ComposerHandle {
  focus: (mode?: ComposerMode) => void;
}

interface ComposerProps {
  conversation: ConversationDetail;
  ref?: Ref<ComposerHandle>;
}

const MAX_LENGTH = 4_000;

// Drafts survive switching conversations (and the composer remounting) for the life of the tab.
const drafts = new Map<string, { text: string; mode: ComposerMode }>();

/**
 * Reply or private note. Enter sends, Shift+Enter starts a new line, `/` opens the canned responses.
 * A refused send keeps the draft and says why, right above the box.
 */
export function Composer({ conversation, ref }: ComposerProps) {
  const conversationId = conversation.id;
  const initial = drafts.get(conversationId);
  const [text, setText] = useState(initial?.text ?? '');
  const [mode, setMode] = useState<ComposerMode>(initial?.mode ?? 'reply');
  const [error, setError] = useState<ComposerError | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [cannedClosed, setCannedClosed] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();

  useEffect(() => {
    drafts.set(conversationId, { text, mode });
    if (!text && mode === 'reply') drafts.delete(conversationId);
  }, [conversationId, text, mode]);

  useImperativeHandle(ref, () => ({
    focus: (nextMode) => {
      if (nextMode) setMode(nextMode);
      textareaRef.current?.focus();
    },
  }));

  const canned = trpc.cannedResponses.list.useQuery(undefined, { staleTime: 5 * 60_000 });
  const slash = useMemo(() => (cannedClosed ? null : slashQueryAt(text, caret)), [text, caret, cannedClosed]);
  const matches = useMemo(
    () => (slash ? filterCanned(canned.data ?? [], slash.query) : []),
    [slash, canned.data],
  );
  const pickerOpen = slash !== null;
  useEffect(() => setActiveIndex(0), [slash?.query]);

  const utils = trpc.useUtils();
  const send = trpc.messages.send.useMutation({
    onSuccess: (message: MessageDto) => {
      // Shown at once; the live event that follows merges into the same row.
      utils.messages.list.setInfiniteData(threadInput(conversationId), (data) =>
        data ? mergeMessages(data, [message]) : data,
      );
      void utils.conversations.list.invalidate();
    },
  });

  const optedOut =
    mode === 'reply' && conversation.channel.type === 'sms' && conversation.guestProfile.smsOptedOut;

  const submit = useCallback(() => {
    const body = text.trim();
    if (!body || send.isPending) return;
    if (body.length > MAX_LENGTH) {
      setError({
        title: 'The message is too long',
        message: `Keep it under ${MAX_LENGTH.toLocaleString()} characters (now ${body.length.toLocaleString()}).`,
        hint: null,
        blocking: true,
      });
      return;
    }
    setError(null);
    const sentMode = mode;
    setText('');
    send.mutate(
      { conversationId, body, isPrivateNote: sentMode === 'note' },
      {
        onError: (cause) => {
          // Nothing typed is lost: the draft comes back unless something new was typed meanwhile.
          setText((current) => (current ? current : body));
          setError(composerErrorOf(cause));
        },
      },
    );
  }, [text, send, mode, conversationId]);

  const insert = useCallback(
    (response: CannedResponseDto, range: SlashQuery) => {
      const next = insertCanned(text, range, response.body);
      setText(next.text);
      setCaret(next.caret);
      requestAnimationFrame(() => {
        const area = textareaRef.current;
        if (!area) return;
        area.focus();
        area.setSelectionRange(next.caret, next.caret);
      });
    },
    [text],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (pickerOpen && slash) {
      if (event.key === 'ArrowDown' && matches.length) {
        event.preventDefault();
        setActiveIndex((index) => (index + 1) % matches.length);
        return;
      }
      if (event.key === 'ArrowUp' && matches.length) {
        event.preventDefault();
        setActiveIndex((index) => (index - 1 + matches.length) % matches.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && matches[activeIndex]) {
        event.preventDefault();
        insert(matches[activeIndex], slash);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setCannedClosed(true);
        return;
      }
    }
    if (event.key === 'Escape') {
      event.currentTarget.blur();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      submit();
    }
  };

  const placeholder =
    mode === 'note'
      ? 'Private note for your team (the guest never sees it)…'
      : `Reply to ${conversation.guestProfile.name ?? 'the guest'} by ${channelName(conversation.channel.type)}… (/ for canned responses)`;
  const activeOptionId = matches[activeIndex] ? `${listId}-${matches[activeIndex].id}` : undefined;

  return (
    <div className={classes.composer} data-mode={mode}>
      <Stack gap="xs">
        {error ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            title={error.title}
            role="alert"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setError(null)}
            py="xs"
          >
            <Text size="sm">{error.message}</Text>
            {error.hint ? (
              <Text size="sm" c="dimmed" mt={2}>
                {error.hint}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {optedOut && !error ? (
          <Alert color="orange" variant="light" py={6} icon={<IconAlertCircle size={16} />}>
            <Text size="sm">
              This guest replied STOP and no longer receives texts. You can still{' '}
              <Anchor component="button" type="button" size="sm" onClick={() => setMode('note')}>
                write a private note
              </Anchor>
              .
            </Text>
          </Alert>
        ) : null}
        <AiSuggestionChip
          conversationId={conversationId}
          onInsert={(draft) => {
            setText(draft);
            setMode('reply');
            textareaRef.current?.focus();
          }}
        />
        <Group justify="space-between" gap="xs">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(value) => {
              setMode(value as ComposerMode);
              textareaRef.current?.focus();
            }}
            data={[
              { value: 'reply', label: 'Reply' },
              { value: 'note', label: 'Note' },
            ]}
            aria-label="Message type"
            color={mode === 'note' ? 'yellow' : undefined}
          />
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Enter</Kbd> to send · <Kbd size="xs">Shift</Kbd>+<Kbd size="xs">Enter</Kbd> new
            line · <Kbd size="xs">/</Kbd> canned
          </Text>
        </Group>
        <Popover
          opened={pickerOpen}
          position="top-start"
          width="target"
          shadow="md"
          withinPortal={false}
          trapFocus={false}
          returnFocus={false}
        >
          <Popover.Target>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Textarea
                ref={textareaRef}
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  setCaret(event.currentTarget.selectionStart);
                  setCannedClosed(false);
                  if (error && !error.blocking) setError(null);
                }}
                onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
                onKeyDown={onKeyDown}
                onBlur={() => setCannedClosed(true)}
                onFocus={() => setCannedClosed(false)}
                placeholder={placeholder}
                aria-label={mode === 'note' ? 'Private note' : 'Reply'}
                aria-autocomplete="list"
                aria-controls={pickerOpen ? listId : undefined}
                aria-activedescendant={pickerOpen ? activeOptionId : undefined}
                autosize
                minRows={2}
                maxRows={8}
                style={{ flex: 1 }}
                error={text.length > MAX_LENGTH ? `${text.length} / ${MAX_LENGTH}` : undefined}
              />
              <Tooltip label={mode === 'note' ? 'Add note (Enter)' : 'Send (Enter)'}>
                <ActionIcon
                  size={42}
                  radius="md"
                  color={mode === 'note' ? 'yellow' : undefined}
                  onClick={submit}
                  loading={send.isPending}
                  disabled={!text.trim()}
                  aria-label={mode === 'note' ? 'Add note' : 'Send'}
                >
                  <IconSend size={20} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Popover.Target>
          <Popover.Dropdown p={4}>
            <CannedList
              id={listId}
              loading={canned.isPending}
              matches={matches}
              activeIndex={activeIndex}
              query={slash?.query ?? ''}
              onHover={setActiveIndex}
              onPick={(response) => slash && insert(response, slash)}
            />
          </Popover.Dropdown>
        </Popover>
      </Stack>
    </div>
  );
}

function channelName(type: ConversationDetail['channel']['type']): string {
  return type === 'sms' ? 'SMS' : type === 'whatsapp' ? 'WhatsApp' : 'email';
}

function CannedList({
  id,
  loading,
  matches,
  activeIndex,
  query,
  onHover,
  onPick,
}: {
  id: string;
  loading: boolean;
  matches: CannedResponseDto[];
  activeIndex: number;
  query: string;
  onHover: (index: number) => void;
  onPick: (response: CannedResponseDto) => void;
}) {
  if (loading) {
    return (
      <Text size="sm" c="dimmed" p="xs">
        Loading canned responses…
      </Text>
    );
  }
  if (matches.length === 0) {
    return (
      <Stack gap={2} p="xs">
        <Text size="sm">
          {query ? `No canned response matches “/${query}”.` : 'No canned responses yet.'}
        </Text>
        <Anchor component={Link} to="/settings/canned-responses" size="xs">
          Manage canned responses
        </Anchor>
      </Stack>
    );
  }
  return (
    <div role="listbox" id={id} aria-label="Canned responses">
      <Group gap={6} px={10} py={4} c="dimmed">
        <IconBolt size={12} />
        <Text size="xs">Canned responses · ↑↓ to choose, Enter to insert, Esc to close</Text>
      </Group>
      {matches.map((response, index) => (
        <div
          key={response.id}
          id={`${id}-${response.id}`}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
          className={classes.cannedOption}
          onMouseEnter={() => onHover(index)}
          // Keeps the focus (and the caret) in the textarea.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(response)}
          onKeyDown={() => undefined}
        >
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
              /{response.shortcut}
            </Text>
            <Text size="sm" c="dimmed" className={classes.ellipsis}>
              {response.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {response.body}
          </Text>
        </div>
      ))}
    </div>
  );
}
