import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The inbox search: debounced into the URL, Enter searches at once, Escape clears. */
export function ConversationSearch({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const emitted = useRef(value);
  const emit = useCallback(
    (next: string) => {
      emitted.current = next;
      onChange(next);
    },
    [onChange],
  );
  const debounced = useDebouncedCallback(emit, 300);
  // The URL is the source of truth: back/forward or "Clear filters" change it from outside. What this box
  // emitted itself coming back must not overwrite letters typed since.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <TextInput
      size="xs"
      style={{ flex: 1 }}
      leftSection={<IconSearch stroke={1.75} aria-hidden size={14} />}
      placeholder="Search name, phone, email, text"
      aria-label="Search conversations"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          debounced.cancel();
          emit(text);
        }
        if (event.key === 'Escape' && text) {
          event.stopPropagation();
          setText('');
          emit('');
        }
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setText('');
              emit('');
            }}
          />
        ) : null
      }
    />
  );
}
