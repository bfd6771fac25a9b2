import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';

export function Brand() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled">
        <IconMessageCircle stroke={2.2} aria-hidden size={18} />
      </ThemeIcon>
      <Text fw={700} fz="lg" lh={1}>
        Stayzr
      </Text>
    </Group>
  );
}
