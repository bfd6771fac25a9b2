import type { ConversationDetail } from '@stayzr/shared';
import { useState } from 'react';
import { GuestDetails } from './guest-details';
import { GuestForm } from './guest-form';
import { PanelSection } from './panel-section';

/** The guest's part of the side panel: their profile, edited in place. */
export function GuestSection({ conversation }: { conversation: ConversationDetail }) {
  const guest = conversation.guestProfile;
  const [editing, setEditing] = useState(false);

  return (
    <PanelSection
      id="guest-title"
      title="Guest"
      editLabel="Edit guest"
      onEdit={editing ? undefined : () => setEditing(true)}
    >
      {editing ? (
        <GuestForm guest={guest} conversationId={conversation.id} onDone={() => setEditing(false)} />
      ) : (
        <GuestDetails guest={guest} />
      )}
    </PanelSection>
  );
}
