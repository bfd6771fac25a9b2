import { Button, Stack, Text } from '@mantine/core';
import type { ConversationDetail } from '@stayzr/shared';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PanelSection } from './panel-section';
import { StayModal } from './stay-form';
import { StaySummary } from './stay-summary';

/** The stay's part of the side panel: the current stay, or a way to add one. */
export function StaySection({ conversation }: { conversation: ConversationDetail }) {
  const stay = conversation.stay;
  const [editing, setEditing] = useState(false);

  return (
    <PanelSection
      id="stay-title"
      title="Stay"
      editLabel="Edit stay"
      onEdit={stay ? () => setEditing(true) : undefined}
    >
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
    </PanelSection>
  );
}
