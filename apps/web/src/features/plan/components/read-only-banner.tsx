import { Box, Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link, useMatch } from 'react-router';
import { PLAN_PAGE_PATH } from '../../../lib/api-errors';
import { useSubscription } from '../lib/use-subscription';

/**
 * Across the top of every page while the subscription is past due, canceled or its trial is over: the
 * server's own reason, so staff know why sending and settings are refused before they try.
 */
export function ReadOnlyBanner({ canManage }: { canManage: boolean }) {
  const subscription = useSubscription();
  const onPlanPage = useMatch(PLAN_PAGE_PATH) !== null;
  const reason = subscription.data?.readOnly ? subscription.data.readOnlyReason : null;
  if (!reason) return null;
  return (
    // Bleeds over the page padding and stays under the header while the page scrolls.
    <Box
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-offset, 0rem)',
        zIndex: 3,
        margin:
          'calc(var(--app-shell-padding) * -1) calc(var(--app-shell-padding) * -1) var(--mantine-spacing-lg)',
      }}
    >
      <Group
        role="region"
        aria-label="Read-only mode"
        px="md"
        py={8}
        gap="sm"
        justify="center"
        wrap="nowrap"
        bg="red.8"
        c="white"
      >
        <IconLock stroke={1.75} aria-hidden size={18} style={{ flexShrink: 0 }} />
        <Text size="sm" fw={500}>
          {reason}
        </Text>
        {onPlanPage ? null : (
          <Button
            component={Link}
            to={PLAN_PAGE_PATH}
            size="compact-sm"
            variant="white"
            color="red.9"
            style={{ flexShrink: 0 }}
          >
            {canManage ? 'What to do' : 'See plan'}
          </Button>
        )}
      </Group>
    </Box>
  );
}
