import { Mark, Stack, Text } from '@mantine/core';
import {
  type CannedResponseDto,
  type ConversationDetail,
  fillCannedVariables,
  type MessageDto,
  unfilledCannedVariables,
} from '@stayzr/shared';
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { trpc } from '../../../lib/trpc';
import { cannedValues, insertCanned, type SlashQuery } from '../lib/canned';
import { threadInput } from '../lib/queries';
import { type ComposerError, composerErrorOf } from '../lib/send-errors';
import { smsMeter } from '../lib/sms-meter';
import { mergeMessages } from '../lib/thread-cache';
import { AiSuggestionChip } from './ai-suggestion-chip';
import { CannedPicker, useCannedPicker } from './canned-picker';
import { CollisionWarning, useTypingSignal } from './collision-warning';
import { ComposerInput } from './composer-input';
import { type ComposerMode, ComposerModeToggle } from './composer-mode-toggle';
import { ComposerNotices } from './composer-notices';
import { ComposerSmsMeter } from './composer-sms-meter';
import classes from './inbox.module.css';

export type { ComposerMode } from './composer-mode-toggle';

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

  const picker = useCannedPicker(text, caret);
  const signalTyping = useTypingSignal(conversationId);

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

  // Twilio refuses an SMS over 1,600 characters (the server too): say so while typing, not after sending.
  const meter = smsMeter(conversation.channel.type, mode, text);
  const blocked = meter?.blocked ?? null;
  const meterId = useId();

  const submit = useCallback(() => {
    const body = text.trim();
    if (!body || send.isPending || blocked) return;
    if (body.length > MAX_LENGTH) {
      setError({
        title: 'The message is too long',
        message: `Keep it under ${MAX_LENGTH.toLocaleString()} characters (now ${body.length.toLocaleString()}).`,
        hint: null,
        blocking: true,
      });
      return;
    }
    const placeholders = unfilledCannedVariables(body);
    if (mode === 'reply' && placeholders.length) {
      setError({
        title: 'Fill in the placeholders first',
        message: `Replace ${placeholders.map((name) => `{{${name}}}`).join(', ')} with the right value before sending.`,
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
  }, [text, send, mode, conversationId, blocked]);

  const insert = useCallback(
    (response: CannedResponseDto, range: SlashQuery) => {
      // Variables are filled from this conversation; one without a value stays `{{…}}` for staff to fill.
      const next = insertCanned(text, range, fillCannedVariables(response.body, cannedValues(conversation)));
      setText(next.text);
      setCaret(next.caret);
      requestAnimationFrame(() => {
        const area = textareaRef.current;
        if (!area) return;
        area.focus();
        area.setSelectionRange(next.caret, next.caret);
      });
    },
    [text, conversation],
  );

  const unfilled = unfilledCannedVariables(text);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (picker.onKeyDown(event, insert)) return;
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

  return (
    <div className={classes.composer} data-mode={mode}>
      <Stack gap="xs">
        <CollisionWarning conversationId={conversationId} />
        <ComposerNotices
          error={error}
          optedOut={optedOut}
          onDismiss={() => setError(null)}
          onWriteNote={() => setMode('note')}
        />
        <AiSuggestionChip
          conversationId={conversationId}
          onInsert={(draft) => {
            setText(draft);
            setMode('reply');
            textareaRef.current?.focus();
          }}
        />
        <ComposerModeToggle
          mode={mode}
          onChange={(next) => {
            setMode(next);
            textareaRef.current?.focus();
          }}
        />
        <CannedPicker picker={picker} onPick={insert}>
          <ComposerInput
            textareaRef={textareaRef}
            text={text}
            mode={mode}
            placeholder={placeholder}
            maxLength={MAX_LENGTH}
            sending={send.isPending}
            blocked={blocked}
            describedBy={meter ? meterId : undefined}
            listId={picker.open ? picker.listId : undefined}
            activeOptionId={picker.open ? picker.activeOptionId : undefined}
            onChange={(event) => {
              setText(event.currentTarget.value);
              signalTyping();
              setCaret(event.currentTarget.selectionStart);
              picker.reopen();
              if (error && !error.blocking) setError(null);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={picker.close}
            onFocus={picker.reopen}
            onSend={submit}
          />
        </CannedPicker>
        {meter ? <ComposerSmsMeter meter={meter} id={meterId} /> : null}
        {unfilled.length && mode === 'reply' ? (
          <Text size="xs" c="orange.8" role="status" data-testid="unfilled-placeholders">
            To fill in before sending:{' '}
            {unfilled.map((name) => (
              <Mark key={name} color="orange" mr={4}>{`{{${name}}}`}</Mark>
            ))}
          </Text>
        ) : null}
      </Stack>
    </div>
  );
}

function channelName(type: ConversationDetail['channel']['type']): string {
  return type === 'sms' ? 'SMS' : type === 'whatsapp' ? 'WhatsApp' : 'email';
}
