import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import {
  appCodeOf,
  errorMessage,
  fieldErrorsOf,
  isSessionEnded,
  planErrorOf,
  planMisfitsOf,
} from './api-errors';

function serverError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32001, data } },
  } as ConstructorParameters<typeof TRPCClientError>[1]);
}

const expired = serverError('Please sign in.', {
  code: 'UNAUTHORIZED',
  httpStatus: 401,
  appCode: 'UNAUTHENTICATED',
});
const wrongPassword = serverError('The email or password is incorrect.', {
  code: 'UNAUTHORIZED',
  httpStatus: 401,
  appCode: 'INVALID_CREDENTIALS',
});
const lastAdmin = serverError('This is the last org admin. Make someone else an admin first.', {
  code: 'CONFLICT',
  httpStatus: 409,
  appCode: 'LAST_ORG_ADMIN',
});
const badInput = serverError('[{"code":"too_small"}]', {
  code: 'BAD_REQUEST',
  httpStatus: 400,
  appCode: 'BAD_REQUEST',
  fieldErrors: { password: ['Use at least 12 characters'], name: [] },
});

describe('isSessionEnded', () => {
  it('is true for a request without a valid session', () => expect(isSessionEnded(expired)).toBe(true));
  it('is false for a wrong password, which is the answer to a form', () =>
    expect(isSessionEnded(wrongPassword)).toBe(false));
  it('is false for other errors and for network failures', () => {
    expect(isSessionEnded(lastAdmin)).toBe(false);
    expect(isSessionEnded(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('errorMessage', () => {
  it("shows the server's message", () =>
    expect(errorMessage(lastAdmin)).toBe('This is the last org admin. Make someone else an admin first.'));
  it('shows field messages instead of the raw validation dump', () =>
    expect(errorMessage(badInput)).toBe('Use at least 12 characters'));
  it('explains a network failure in words', () =>
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/Cannot reach the Stayzr server/));
});

describe('appCodeOf and fieldErrorsOf', () => {
  it('read the app code and the first message per field', () => {
    expect(appCodeOf(lastAdmin)).toBe('LAST_ORG_ADMIN');
    expect(appCodeOf(new Error('x'))).toBeNull();
    expect(fieldErrorsOf(badInput)).toEqual({ password: 'Use at least 12 characters' });
  });
});

describe('planErrorOf', () => {
  const quota = serverError(
    'Your team has 5 users (pending invitations included) and the Starter plan allows 5 users. Upgrade to Professional for 25 users.',
    {
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      appCode: 'QUOTA_EXCEEDED',
      details: { metric: 'users', used: 5, limit: 5, plan: 'starter', requiredPlan: 'professional' },
    },
  );

  it('reads a limit refusal with the plan that raises it', () => {
    expect(planErrorOf(quota)).toEqual({
      kind: 'quota',
      message: expect.stringContaining('Upgrade to Professional'),
      metric: 'users',
      used: 5,
      limit: 5,
      requiredPlan: 'professional',
    });
  });

  it('keeps a limit refusal that no plan raises', () => {
    const deal = serverError('Contact Stayzr to raise this limit.', {
      appCode: 'QUOTA_EXCEEDED',
      details: { metric: 'messages', used: 900, limit: 900, requiredPlan: null },
    });
    expect(planErrorOf(deal)).toMatchObject({ kind: 'quota', metric: 'messages', requiredPlan: null });
  });

  it('reads a missing feature with the cheapest plan that has it', () => {
    const feature = serverError('WhatsApp is not in the Starter plan. Upgrade to Professional to use it.', {
      code: 'FORBIDDEN',
      appCode: 'FEATURE_NOT_IN_PLAN',
      details: { feature: 'whatsappIntegration', plan: 'starter', requiredPlan: 'professional' },
    });
    expect(planErrorOf(feature)).toMatchObject({
      kind: 'feature',
      feature: 'whatsappIntegration',
      requiredPlan: 'professional',
    });
  });

  it('reads read-only mode with the server’s reason', () => {
    const inactive = serverError('Your subscription is past due; sending and settings are paused.', {
      appCode: 'SUBSCRIPTION_INACTIVE',
      details: { status: 'past_due' },
    });
    expect(planErrorOf(inactive)).toEqual({
      kind: 'inactive',
      message: 'Your subscription is past due; sending and settings are paused.',
    });
  });

  it('is null for other errors and for details it cannot trust', () => {
    expect(planErrorOf(lastAdmin)).toBeNull();
    expect(planErrorOf(new TypeError('Failed to fetch'))).toBeNull();
    const garbled = serverError('x', { appCode: 'FEATURE_NOT_IN_PLAN', details: { feature: 'teleport' } });
    expect(planErrorOf(garbled)).toBeNull();
  });
});

describe('planMisfitsOf', () => {
  it('lists what does not fit a smaller plan', () => {
    const refused = serverError(
      "You can't move to the Starter plan yet: 12 users, the Starter plan allows 5 users.",
      {
        appCode: 'PLAN_DOES_NOT_FIT',
        details: {
          plan: 'starter',
          misfits: [
            {
              kind: 'limit',
              metric: 'users',
              used: 12,
              limit: 5,
              message: '12 users, the Starter plan allows 5 users',
            },
            { kind: 'feature', feature: 'aiAutomation', inUse: 1, message: 'AI replies are switched on' },
            { kind: 'limit' },
          ],
        },
      },
    );
    expect(planMisfitsOf(refused)).toEqual([
      '12 users, the Starter plan allows 5 users',
      'AI replies are switched on',
    ]);
    expect(planMisfitsOf(lastAdmin)).toEqual([]);
  });
});
