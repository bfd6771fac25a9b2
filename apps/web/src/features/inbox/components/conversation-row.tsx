import { Avatar, Badge, Group, Indicator, Text, Tooltip } from '@mantine/core';
import type { ConversationListItem } from '@stayzr/shared';
import { IconAlertCircle, IconZzz } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';
import { ChannelIcon } from '../../../ui/channel-icon';
import { guestDisplayName } from '../lib/guest-name';
import { formatListTime, formatWaitDuration, waitLevel } from '../lib/time-format';
import classes from './inbox.module.css';

const WAIT_COLORS = { fresh: 'gray', late: 'orange', overdue: 'red' } as const;

/** One conversation in the list: guest, last message, channel, waiting time, assignee. */
export const ConversationRow = memo(function ConversationRow({
  item,
  to,
  selected,
  now,
}: {
  item: ConversationListItem;
  to: string;
  selected: boolean;
  now: Date;
}) {
  const name = guestDisplayName(item.guest);
  const unread = item.unreadCount > 0;
  const waiting = item.waitingSince && item.status !== 'resolved' ? item.waitingSince : null;

  return (
    <Link
      to={to}
      className={classes.item}
      aria-current={selected ? 'page' : undefined}
      data-conversation-id={item.id}
      aria-label={`${name}${unread ? `, ${item.unreadCount} unread` : ''}${item.replyFailedAt ? ', reply not delivered' : ''}, ${item.lastMessagePreview ?? ''}`}
    >
      <Indicator disabled={!unread} size={10} offset={4} color="teal" withBorder>
        {/* Initials only for a name: "+3" for a phone number would mean nothing. */}
        <Avatar
          radius="xl"
          size={36}
          color={item.guest.name?.trim() ? 'initials' : 'gray'}
          name={item.guest.name?.trim() || undefined}
        />
      </Indicator>
      <div className={classes.itemBody}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={unread ? 700 : 500} className={classes.ellipsis} title={name}>
            {name}
          </Text>
          <Text
            size="xs"
            c={unread ? undefined : 'dimmed'}
            fw={unread ? 600 : 400}
            style={{ flexShrink: 0 }}
            component="time"
            dateTime={item.lastMessageAt.toISOString()}
          >
            {formatListTime(item.lastMessageAt, now)}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" mt={2}>
          <ChannelIcon type={item.channel.type} size={14} />
          {item.replyFailedAt ? (
            <Badge
              size="xs"
              color="red"
              variant="light"
              radius="sm"
              tt="none"
              leftSection={<IconAlertCircle stroke={1.75} aria-hidden size={10} />}
              style={{ flexShrink: 0 }}
            >
              Not delivered
            </Badge>
          ) : null}
          <Text
            size="sm"
            c={unread ? undefined : 'dimmed'}
            fw={unread ? 600 : 400}
            className={classes.ellipsis}
            style={{ flex: 1 }}
          >
            {item.lastMessagePreview || 'No messages yet'}
          </Text>
          {unread ? (
            <Badge size="sm" circle={item.unreadCount < 10} color="teal" aria-hidden="true">
              {item.unreadCount > 99 ? '99+' : item.unreadCount}
            </Badge>
          ) : null}
        </Group>
        {waiting ||
        item.assignee ||
        item.labels.length ||
        (item.status === 'snoozed' && item.snoozedUntil) ? (
          <Group gap={6} wrap="nowrap" mt={6} justify="space-between">
            <Group gap={6} wrap="nowrap" miw={0} style={{ overflow: 'hidden' }}>
              {waiting ? (
                <Badge
                  size="xs"
                  variant="light"
                  color={WAIT_COLORS[waitLevel(waiting, now)]}
                  radius="sm"
                  tt="none"
                >
                  waiting {formatWaitDuration(waiting, now)}
                </Badge>
              ) : null}
              {item.status === 'snoozed' && item.snoozedUntil ? (
                <Badge
                  size="xs"
                  variant="light"
                  color="indigo"
                  radius="sm"
                  leftSection={<IconZzz stroke={1.75} aria-hidden size={10} />}
                >
                  {formatListTime(item.snoozedUntil, now)}
                </Badge>
              ) : null}
              {item.labels.map((label) => (
                <Badge
                  key={label.id}
                  size="xs"
                  variant="light"
                  color={label.color}
                  radius="sm"
                  tt="none"
                  maw={110}
                >
                  {label.name}
                </Badge>
              ))}
            </Group>
            {item.assignee ? (
              <Tooltip label={`Assigned to ${item.assignee.name}`} withArrow>
                <Avatar
                  size={20}
                  radius="xl"
                  color="initials"
                  name={item.assignee.name}
                  aria-label={`Assigned to ${item.assignee.name}`}
                />
              </Tooltip>
            ) : null}
          </Group>
        ) : null}
      </div>
    </Link>
  );
});
