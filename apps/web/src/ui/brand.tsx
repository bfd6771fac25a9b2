import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconMessage } from '../components/icons';

export function Brand() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled">
        <IconMessage size={18} strokeWidth={2.2} />
      </ThemeIcon>
      <Text fw={700} fz="lg" lh={1}>
        Stayzr
      </Text>
    </Group>
  );
}
