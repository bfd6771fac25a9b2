import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { composerErrorOf } from './send-errors';

function refusal(appCode: string, message: string, details: Record<string, unknown> = {}) {
  return new TRPCClientError(message, {
    result: {
      error: { message, code: -32600, data: { code: 'FORBIDDEN', httpStatus: 403, appCode, details } },
    },
  } as never);
}

describe('composerErrorOf', () => {
  it('names the problem and keeps the server’s explanation', () => {
    const error = composerErrorOf(
      refusal('QUOTA_EXCEEDED', 'You have used 2,000 of 2,000 messages on the Starter plan.', {
        metric: 'messages',
        used: 2000,
        limit: 2000,
      }),
    );
    expect(error).toMatchObject({
      title: 'Monthly message limit reached',
      message: 'You have used 2,000 of 2,000 messages on the Starter plan.',
      blocking: true,
    });
    expect(error.hint).toContain('Plan & usage');
  });

  it.each([
    ['GUEST_OPTED_OUT', 'This guest has opted out of texts'],
    ['SUBSCRIPTION_INACTIVE', 'Sending is paused for this hotel'],
    ['FEATURE_NOT_IN_PLAN', 'This channel is not in your plan'],
  ])('%s reads "%s"', (code, title) => {
    expect(composerErrorOf(refusal(code, 'Because.')).title).toBe(title);
  });

  it('says when the server could not be reached at all', () => {
    const error = composerErrorOf(new TypeError('Failed to fetch'));
    expect(error.title).toBe('The message was not sent');
    expect(error.message).toContain('Cannot reach the Stayzr server');
    expect(error.blocking).toBe(false);
  });
});
