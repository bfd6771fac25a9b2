import { Button, Group, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';

export const BANNER_HEIGHT = 40;

interface ImpersonationBannerProps {
  organizationName: string;
  exiting: boolean;
  onExit: () => void;
}

/** Across the top while a super admin works inside a hotel, so nobody forgets whose data they are changing. */
export function ImpersonationBanner({ organizationName, exiting, onExit }: ImpersonationBannerProps) {
  return (
    <Group
      role="region"
      aria-label="Super admin view"
      h={BANNER_HEIGHT}
      px="md"
      gap="sm"
      justify="center"
      wrap="nowrap"
      bg="orange.7"
      c="white"
    >
      <IconEye stroke={1.75} aria-hidden size={18} />
      <Text size="sm" fw={500} truncate>
        Viewing {organizationName} as super admin —
      </Text>
      <Button size="compact-sm" variant="white" color="orange.8" loading={exiting} onClick={onExit}>
        Exit
      </Button>
    </Group>
  );
}
