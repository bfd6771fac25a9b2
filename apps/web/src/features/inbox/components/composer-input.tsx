import { ActionIcon, Group, Textarea, Tooltip } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import type {
  ChangeEvent,
  ComponentPropsWithoutRef,
  KeyboardEvent,
  Ref,
  RefObject,
  SyntheticEvent,
} from 'react';
import type { ComposerMode } from './composer-mode-toggle';

/** What the picker's Popover.Target puts on the row (its id, aria-expanded, …) reaches the row's element. */
type RowProps = Omit<
  ComponentPropsWithoutRef<'div'>,
  'onChange' | 'onSelect' | 'onKeyDown' | 'onBlur' | 'onFocus'
>;

interface ComposerInputProps extends RowProps {
  /** The row itself: the canned-response picker opens above it, as wide as it. */
  ref?: Ref<HTMLDivElement>;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  text: string;
  mode: ComposerMode;
  placeholder: string;
  maxLength: number;
  sending: boolean;
  /** Why the text cannot be sent as it is (too long for its channel): send is off and says why. */
  blocked: string | null;
  /** The element that explains the length (the SMS meter). */
  describedBy: string | undefined;
  /** The picker's listbox and highlighted option while it is open, for screen readers. */
  listId: string | undefined;
  activeOptionId: string | undefined;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onSelect: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onBlur: () => void;
  onFocus: () => void;
  onSend: () => void;
}

/** The text area and its send button (or "Add note"). */
export function ComposerInput({
  ref,
  textareaRef,
  text,
  mode,
  placeholder,
  maxLength,
  sending,
  blocked,
  describedBy,
  listId,
  activeOptionId,
  onChange,
  onSelect,
  onKeyDown,
  onBlur,
  onFocus,
  onSend,
  ...rowProps
}: ComposerInputProps) {
  return (
    <Group {...rowProps} ref={ref} gap="xs" align="flex-end" wrap="nowrap">
      <Textarea
        ref={textareaRef}
        value={text}
        onChange={onChange}
        onSelect={onSelect}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onFocus={onFocus}
        placeholder={placeholder}
        aria-label={mode === 'note' ? 'Private note' : 'Reply'}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={activeOptionId}
        autosize
        minRows={2}
        maxRows={8}
        style={{ flex: 1 }}
        error={text.length > maxLength ? `${text.length} / ${maxLength}` : undefined}
      />
      <Tooltip label={blocked ?? (mode === 'note' ? 'Add note (Enter)' : 'Send (Enter)')} multiline maw={280}>
        <ActionIcon
          size={42}
          radius="md"
          color={mode === 'note' ? 'yellow' : undefined}
          onClick={onSend}
          loading={sending}
          disabled={!text.trim() || blocked !== null}
          aria-describedby={describedBy}
          aria-label={mode === 'note' ? 'Add note' : 'Send'}
        >
          <IconSend stroke={1.75} aria-hidden size={20} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
