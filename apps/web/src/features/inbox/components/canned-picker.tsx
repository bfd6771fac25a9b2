import { Anchor, Group, Popover, Stack, Text } from '@mantine/core';
import type { CannedResponseDto } from '@stayzr/shared';
import { IconBolt } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../../lib/trpc';
import { filterCanned, type SlashQuery, slashQueryAt } from '../lib/canned';
import classes from './inbox.module.css';

export type CannedPickerState = ReturnType<typeof useCannedPicker>;

/** The `/shortcut` being typed at the caret, the canned responses it matches and the highlighted one. */
export function useCannedPicker(text: string, caret: number) {
  const [closed, setClosed] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const canned = trpc.cannedResponses.list.useQuery(undefined, { staleTime: 5 * 60_000 });
  const slash = useMemo(() => (closed ? null : slashQueryAt(text, caret)), [text, caret, closed]);
  const matches = useMemo(
    () => (slash ? filterCanned(canned.data ?? [], slash.query) : []),
    [slash, canned.data],
  );
  const open = slash !== null;
  useEffect(() => setActiveIndex(0), [slash?.query]);
  const active = matches[activeIndex];

  /** Arrows choose, Enter or Tab inserts, Escape closes; true when the picker took the key. */
  const onKeyDown = (
    event: KeyboardEvent<HTMLTextAreaElement>,
    pick: (response: CannedResponseDto, range: SlashQuery) => void,
  ): boolean => {
    if (!open || !slash) return false;
    if (event.key === 'ArrowDown' && matches.length) {
      event.preventDefault();
      setActiveIndex((index) => (index + 1) % matches.length);
      return true;
    }
    if (event.key === 'ArrowUp' && matches.length) {
      event.preventDefault();
      setActiveIndex((index) => (index - 1 + matches.length) % matches.length);
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && active) {
      event.preventDefault();
      pick(active, slash);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setClosed(true);
      return true;
    }
    return false;
  };

  return {
    open,
    slash,
    matches,
    activeIndex,
    setActiveIndex,
    listId,
    activeOptionId: active ? `${listId}-${active.id}` : undefined,
    loading: canned.isPending,
    close: () => setClosed(true),
    reopen: () => setClosed(false),
    onKeyDown,
  };
}

/** The canned responses above the composer while a `/shortcut` is typed; the focus stays in the textarea. */
export function CannedPicker({
  picker,
  onPick,
  children,
}: {
  picker: CannedPickerState;
  onPick: (response: CannedResponseDto, range: SlashQuery) => void;
  /** The composer's input row: the picker takes its width. */
  children: ReactNode;
}) {
  return (
    <Popover
      opened={picker.open}
      position="top-start"
      width="target"
      shadow="md"
      withinPortal={false}
      trapFocus={false}
      returnFocus={false}
    >
      <Popover.Target>{children}</Popover.Target>
      <Popover.Dropdown p={4}>
        <CannedList
          id={picker.listId}
          loading={picker.loading}
          matches={picker.matches}
          activeIndex={picker.activeIndex}
          query={picker.slash?.query ?? ''}
          onHover={picker.setActiveIndex}
          onPick={(response) => picker.slash && onPick(response, picker.slash)}
        />
      </Popover.Dropdown>
    </Popover>
  );
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
        <IconBolt stroke={1.75} aria-hidden size={12} />
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
            <Text size="sm" fw={600} className={classes.ellipsis} maw="50%" style={{ flexShrink: 0 }}>
              /{response.shortcut}
            </Text>
            <Text size="sm" c="dimmed" className={classes.ellipsis} title={response.title}>
              {response.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1} className={classes.breakAnywhere}>
            {response.body}
          </Text>
        </div>
      ))}
    </div>
  );
}
