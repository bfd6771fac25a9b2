import type { MessageDto } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { deliveryOf, failureReason } from './delivery-status';

const outbound = { direction: 'outbound', isPrivateNote: false } as const;

describe('deliveryOf', () => {
  it.each([
    ['queued', 'pending', 'Queued'],
    ['sending', 'pending', 'Sending'],
    ['sent', 'sent', 'Sent'],
    ['delivered', 'delivered', 'Delivered'],
    ['read', 'read', 'Read'],
    ['failed', 'failed', 'Not sent'],
    ['undelivered', 'failed', 'Not delivered'],
  ] as const)('a reply that is %s shows the %s tick ("%s")', (status, state, label) => {
    expect(deliveryOf({ ...outbound, status })).toEqual({ state, label });
  });

  it('shows no tick on guests’ messages or private notes', () => {
    expect(deliveryOf({ direction: 'inbound', isPrivateNote: false, status: 'received' }).state).toBe('none');
    expect(deliveryOf({ direction: 'outbound', isPrivateNote: true, status: 'sent' }).state).toBe('none');
  });
});

describe('failureReason', () => {
  const failed = (fields: Partial<MessageDto>) =>
    failureReason({ status: 'failed', errorCode: null, errorMessage: null, ...fields });

  it('gives the provider’s explanation with its code', () => {
    expect(failed({ errorCode: '21610', errorMessage: 'The guest replied STOP.' })).toBe(
      'The guest replied STOP. (error 21610)',
    );
  });

  it('still says something when the provider gave no reason', () => {
    expect(failed({})).toBe('The message could not be sent.');
    expect(failed({ status: 'undelivered', errorCode: '30003' })).toBe(
      'The carrier could not deliver this message. (error 30003)',
    );
  });
});
