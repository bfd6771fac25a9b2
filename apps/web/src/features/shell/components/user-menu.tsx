import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Me } from '@stayzr/shared';
import { IconBell, IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { ROLE_LABELS } from '../../../lib/labels';
import { useSignOut } from '../../auth/lib/use-sign-out';

// Loaded on first use: its form and validation schema are not needed to show the shell.
const ChangePasswordModal = lazy(async () => ({
  default: (await import('./change-password-modal')).ChangePasswordModal,
}));
const AlertSettingsModal = lazy(async () => ({
  default: (await import('../../alerts/components/alert-settings-modal')).AlertSettingsModal,
}));

export function UserMenu({ me }: { me: Me }) {
  const [passwordOpened, passwordModal] = useDisclosure(false);
  // Stays mounted after the first opening, so closing it animates like any modal.
  const [passwordUsed, setPasswordUsed] = useState(false);
  const [alertsOpened, alertsModal] = useDisclosure(false);
  const [alertsUsed, setAlertsUsed] = useState(false);
  const { signOut, signingOut } = useSignOut();

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton
            aria-label="Account menu"
            px={6}
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Group gap={10} wrap="nowrap">
              <Avatar name={me.name} color="initials" radius="xl" size={34} />
              <Stack gap={0} visibleFrom="sm" maw={180}>
                <Text size="sm" fw={600} lh={1.2} truncate>
                  {me.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {ROLE_LABELS[me.role]}
                </Text>
              </Stack>
              <IconChevronDown stroke={1.75} aria-hidden size={16} color="var(--mantine-color-dimmed)" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={4} px="sm" py="xs">
            <Text size="sm" fw={600} truncate>
              {me.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {me.email}
            </Text>
            <Badge variant="light" size="sm" w="fit-content">
              {ROLE_LABELS[me.role]}
            </Badge>
          </Stack>
          <Menu.Divider />
          {me.organization ? (
            <Menu.Item
              leftSection={<IconBell stroke={1.75} aria-hidden size={16} />}
              onClick={() => {
                setAlertsUsed(true);
                alertsModal.open();
              }}
            >
              Notifications
            </Menu.Item>
          ) : null}
          <Menu.Item
            leftSection={<IconKey stroke={1.75} aria-hidden size={16} />}
            onClick={() => {
              setPasswordUsed(true);
              passwordModal.open();
            }}
          >
            Change password
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout stroke={1.75} aria-hidden size={16} />}
            onClick={signOut}
            disabled={signingOut}
          >
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {passwordUsed ? (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
        </Suspense>
      ) : null}
      {alertsUsed ? (
        <Suspense fallback={null}>
          <AlertSettingsModal opened={alertsOpened} onClose={alertsModal.close} />
        </Suspense>
      ) : null}
    </>
  );
}
