import { Group, Kbd, SegmentedControl, Text } from '@mantine/core';

export type ComposerMode = 'reply' | 'note';

/** Reply to the guest or write a private note, with the composer's keys beside it. */
export function ComposerModeToggle({
  mode,
  onChange,
}: {
  mode: ComposerMode;
  onChange: (mode: ComposerMode) => void;
}) {
  return (
    <Group justify="space-between" gap="xs">
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(value) => onChange(value as ComposerMode)}
        data={[
          { value: 'reply', label: 'Reply' },
          { value: 'note', label: 'Note' },
        ]}
        aria-label="Message type"
        color={mode === 'note' ? 'yellow' : undefined}
      />
      <Text size="xs" c="dimmed" visibleFrom="sm">
        <Kbd size="xs">Enter</Kbd> to send · <Kbd size="xs">Shift</Kbd>+<Kbd size="xs">Enter</Kbd> new line ·{' '}
        <Kbd size="xs">/</Kbd> canned
      </Text>
    </Group>
  );
}
