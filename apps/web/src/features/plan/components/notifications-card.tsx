import { Badge, Box, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { NotificationDto } from '@stayzr/shared';
import { IconBell } from '@tabler/icons-react';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { trpc } from '../../../lib/trpc';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { ApiErrorAlert, useApiErrorNotifier } from './plan-error-alert';

const PAGE_SIZE = 10;

/** Usage alerts (80 % and 100 % of a limit) and plan requests, for the org admins. */
export function NotificationsCard() {
  const utils = trpc.useUtils();
  const notify = useApiErrorNotifier();
  const list = trpc.notifications.list.useInfiniteQuery(
    { limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const refresh = () => void utils.notifications.list.invalidate();
  const markRead = trpc.notifications.markRead.useMutation({
    onError: (error) => notify('Could not mark the notification read', error),
    onSettled: refresh,
  });
  const markAllRead = trpc.notifications.markAllRead.useMutation({
    onError: (error) => notify('Could not mark the notifications read', error),
    onSettled: refresh,
  });

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;

  return (
    <Card withBorder padding={0} component="section" aria-labelledby="notifications-title">
      <Group justify="space-between" px="lg" py="md" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} size="h4" id="notifications-title">
              Notifications
            </Title>
            {unread > 0 ? (
              <Badge color="red" size="sm" circle={unread < 10}>
                {unread}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            You are told here when the team reaches 80 % and 100 % of a limit, once per limit and month.
          </Text>
        </Stack>
        {unread > 0 ? (
          <Button
            size="xs"
            variant="subtle"
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            Mark all read
          </Button>
        ) : null}
      </Group>
      {list.isPending ? (
        <TableSkeleton rows={2} />
      ) : list.isError ? (
        <Stack p="lg">
          <ApiErrorAlert
            title="Could not load the notifications"
            error={list.error}
            retrying={list.isFetching}
            onRetry={() => void list.refetch()}
          />
        </Stack>
      ) : items.length === 0 ? (
        <Group px="lg" pb="lg" gap="xs" c="dimmed">
          <IconBell stroke={1.75} aria-hidden size={18} />
          <Text size="sm">No notifications. Usage is well within the plan’s limits.</Text>
        </Group>
      ) : (
        <Stack gap={0} component="ul" aria-label="Notifications" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              marking={markRead.isPending && markRead.variables.notificationId === item.id}
              onMarkRead={() => markRead.mutate({ notificationId: item.id })}
            />
          ))}
          {list.hasNextPage ? (
            <Group justify="center" py="sm">
              <Button
                variant="subtle"
                size="xs"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                Show older
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}

function NotificationItem({
  item,
  marking,
  onMarkRead,
}: {
  item: NotificationDto;
  marking: boolean;
  onMarkRead: () => void;
}) {
  const unread = item.readAt === null;
  return (
    <Box
      component="li"
      px="lg"
      py="sm"
      aria-label={item.title}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Box
            mt={7}
            w={8}
            h={8}
            style={{ borderRadius: '50%', flexShrink: 0 }}
            bg={unread ? 'red.6' : 'transparent'}
            aria-hidden
          />
          <Stack gap={2}>
            <Text size="sm" fw={unread ? 700 : 500}>
              {item.title}
              {unread ? <VisuallyHidden> (unread)</VisuallyHidden> : null}
            </Text>
            {item.body ? (
              <Text size="sm" c="dimmed">
                {item.body}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" title={formatDateTime(item.createdAt)}>
              {formatRelativeTime(item.createdAt)}
            </Text>
          </Stack>
        </Group>
        {unread ? (
          <Button
            size="xs"
            variant="light"
            loading={marking}
            onClick={onMarkRead}
            aria-label={`Mark “${item.title}” read`}
          >
            Mark read
          </Button>
        ) : null}
      </Group>
    </Box>
  );
}
