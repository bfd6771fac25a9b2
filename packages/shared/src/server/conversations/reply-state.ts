import type { ReplyState } from '@stayzr/db/queries';
import type { MessageStatusValue } from '../../events.js';
import type { OrgEventPublisher } from '../infra/org-event-bus.js';

/** A reply in one of these states reached the provider: it answers the guest. */
const ACCEPTED: readonly MessageStatusValue[] = ['sent', 'delivered', 'read'];
const NOT_DELIVERED: readonly MessageStatusValue[] = ['failed', 'undelivered'];

/**
 * Whether a reply moving from `previous` to `next` can change whether its guest is answered: its first
 * acceptance by the provider, or its failure. Delivered after sent changes nothing (no extra statement).
 */
export function changesAnswer(previous: MessageStatusValue, next: MessageStatusValue): boolean {
  if (NOT_DELIVERED.includes(next)) return true;
  return ACCEPTED.includes(next) && !ACCEPTED.includes(previous);
}

/** After commit: the inbox lists hear of a conversation whose waiting badge, failure mark or status moved. */
export async function announceAnswerChange(
  events: OrgEventPublisher,
  organizationId: string,
  conversationId: string,
  state: ReplyState | null,
): Promise<void> {
  if (!state?.changed) return;
  await events.publish(organizationId, {
    type: 'conversation.updated',
    conversationId,
    assigneeId: state.assigneeId,
    status: state.status,
  });
}
