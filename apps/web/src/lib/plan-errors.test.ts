import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { planErrorOf, planMisfitsOf } from './plan-errors';

function serverError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32001, data } },
  } as ConstructorParameters<typeof TRPCClientError>[1]);
}

const lastAdmin = serverError('This is the last org admin. Make someone else an admin first.', {
  code: 'CONFLICT',
  httpStatus: 409,
  appCode: 'LAST_ORG_ADMIN',
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
