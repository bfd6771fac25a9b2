import { Divider, Stack } from '@mantine/core';
import type { ConversationDetail } from '@stayzr/shared';
import { GuestSection } from './guest-section';
import { StaySection } from './stay-section';

/** The side panel: who the guest is and how to reach them, and their stay. */
export function GuestPanel({ conversation }: { conversation: ConversationDetail }) {
  return (
    <Stack gap="lg" p="md" component="aside" aria-label="Guest and stay">
      <GuestSection conversation={conversation} />
      <Divider />
      <StaySection conversation={conversation} />
    </Stack>
  );
}
