import { ActionIcon, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { ConversationDetail } from '@stayzr/shared';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { StayModal } from './stay-form';
import { StaySummary } from './stay-summary';

/** The stay's part of the side panel: the current stay, or a way to add one. */
export function StaySection({ conversation }: { conversation: ConversationDetail }) {
  const stay = conversation.stay;
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="stay-title">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" id="stay-title" tt="uppercase" c="dimmed">
          Stay
        </Title>
        {stay ? (
          <Tooltip label="Edit stay">
            <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(true)} aria-label="Edit stay">
              <IconPencil stroke={1.75} aria-hidden size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      {stay ? (
        <StaySummary stay={stay} />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            No stay on file for this guest.
          </Text>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus stroke={1.75} aria-hidden size={14} />}
            onClick={() => setEditing(true)}
          >
            Add stay
          </Button>
        </Stack>
      )}
      <StayModal
        opened={editing}
        onClose={() => setEditing(false)}
        stay={stay}
        guestId={conversation.guestProfile.id}
        conversationId={conversation.id}
      />
    </Stack>
  );
}
