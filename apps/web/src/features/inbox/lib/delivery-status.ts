import type { MessageDto, MessageStatusValue } from '@stayzr/shared';

/**
 * What the tick next to a staff reply shows. `pending` is a clock (queued or being handed to the
 * provider), `sent` ✓, `delivered` ✓✓, `read` blue ✓✓, `failed` a red mark with the reason and Retry.
 */
export type TickState = 'none' | 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

export interface Delivery {
  state: TickState;
  /** Read out by screen readers and shown as the tooltip: "Delivered". Empty when there is no tick. */
  label: string;
}

const DELIVERY: Record<MessageStatusValue, Delivery> = {
  received: { state: 'none', label: '' },
  queued: { state: 'pending', label: 'Queued' },
  sending: { state: 'pending', label: 'Sending' },
  sent: { state: 'sent', label: 'Sent' },
  delivered: { state: 'delivered', label: 'Delivered' },
  read: { state: 'read', label: 'Read' },
  failed: { state: 'failed', label: 'Not sent' },
  undelivered: { state: 'failed', label: 'Not delivered' },
};

type DeliveryFields = Pick<MessageDto, 'direction' | 'status' | 'isPrivateNote'>;

/** Guests' messages and private notes never travel through a provider, so they carry no tick. */
export function deliveryOf(message: DeliveryFields): Delivery {
  if (message.direction !== 'outbound' || message.isPrivateNote) return { state: 'none', label: '' };
  return DELIVERY[message.status];
}

export function isFailed(message: DeliveryFields): boolean {
  return deliveryOf(message).state === 'failed';
}

/** The reason shown under a failed reply: the provider's explanation, with its code for support. */
export function failureReason(message: Pick<MessageDto, 'status' | 'errorCode' | 'errorMessage'>): string {
  const reason =
    message.errorMessage?.trim() ||
    (message.status === 'undelivered'
      ? 'The carrier could not deliver this message.'
      : 'The message could not be sent.');
  return message.errorCode ? `${reason} (error ${message.errorCode})` : reason;
}
