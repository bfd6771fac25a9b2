import { ActionIcon, Group, Stack, Title, Tooltip } from '@mantine/core';
import type { ConversationDetail } from '@stayzr/shared';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { GuestDetails } from './guest-details';
import { GuestForm } from './guest-form';

/** The guest's part of the side panel: their profile, edited in place. */
export function GuestSection({ conversation }: { conversation: ConversationDetail }) {
  const guest = conversation.guestProfile;
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="guest-title">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" id="guest-title" tt="uppercase" c="dimmed">
          Guest
        </Title>
        {editing ? null : (
          <Tooltip label="Edit guest">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => setEditing(true)}
              aria-label="Edit guest"
            >
              <IconPencil stroke={1.75} aria-hidden size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {editing ? (
        <GuestForm guest={guest} conversationId={conversation.id} onDone={() => setEditing(false)} />
      ) : (
        <GuestDetails guest={guest} />
      )}
    </Stack>
  );
}
