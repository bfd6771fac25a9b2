import { Badge, Button, Checkbox, Group, Menu, Text } from '@mantine/core';
import type { ConversationDetail } from '@stayzr/shared';
import { IconTag } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import classes from './inbox.module.css';

/** The conversation's labels, and a menu to put the organization's labels on it or take them off. */
export function ConversationLabels({ conversation }: { conversation: ConversationDetail }) {
  const me = useMe();
  const labels = trpc.labels.list.useQuery(undefined, { staleTime: 60_000 });
  const utils = trpc.useUtils();
  const onSuccess = () => {
    void utils.conversations.get.invalidate({ conversationId: conversation.id });
    void utils.conversations.list.invalidate();
  };
  const add = trpc.conversations.addLabel.useMutation({ onSuccess });
  const remove = trpc.conversations.removeLabel.useMutation({ onSuccess });
  const applied = new Set(conversation.labels.map((label) => label.id));
  const admin = me.role === 'ORG_ADMIN' || me.isSuperAdmin;

  return (
    <Group gap={4} wrap="nowrap">
      {conversation.labels.map((label) => (
        <Badge key={label.id} size="sm" variant="light" color={label.color} tt="none" maw={120}>
          {label.name}
        </Badge>
      ))}
      <Menu position="bottom-end" width={220} withinPortal closeOnItemClick={false}>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTag stroke={1.75} aria-hidden size={16} />}
            aria-label="Labels"
          >
            <span className={classes.actionLabel}>Labels</span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {labels.data?.length ? (
            labels.data.map((label) => {
              const on = applied.has(label.id);
              return (
                <Menu.Item
                  key={label.id}
                  onClick={() =>
                    (on ? remove : add).mutate({ conversationId: conversation.id, labelId: label.id })
                  }
                  leftSection={<Checkbox checked={on} readOnly size="xs" tabIndex={-1} aria-hidden />}
                  role="menuitemcheckbox"
                  aria-checked={on}
                >
                  <Badge size="sm" variant="light" color={label.color} tt="none">
                    {label.name}
                  </Badge>
                </Menu.Item>
              );
            })
          ) : (
            <Text size="xs" c="dimmed" px="sm" py={6}>
              No labels yet.
            </Text>
          )}
          {admin ? (
            <>
              <Menu.Divider />
              <Menu.Item component={Link} to="/settings/labels">
                Manage labels…
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
