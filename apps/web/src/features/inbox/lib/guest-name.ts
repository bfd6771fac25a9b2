import type { ConversationListItem } from '@stayzr/shared';

/** The guest as staff know them: their name, else their number (E.164, as stored) or address. */
export function guestDisplayName(
  guest: Pick<ConversationListItem['guest'], 'name' | 'phoneE164' | 'email'>,
): string {
  return guest.name?.trim() || guest.phoneE164 || guest.email || 'Unknown guest';
}
