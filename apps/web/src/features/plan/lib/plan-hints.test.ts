import { describe, expect, it } from 'vitest';
import { featureHint, isAtLimit, limitHint, nextPlanAllowing, upgradeLabel } from './plan-hints';

describe('featureHint', () => {
  it('names the cheapest plan that has the feature', () => {
    expect(featureHint('whatsappIntegration', 'starter')).toEqual({
      title: 'WhatsApp is in the Professional plan',
      body: 'Your Starter plan does not include WhatsApp; the Professional plan does.',
      requiredPlan: 'professional',
    });
  });

  it('asks for enterprise rather than offering a self-serve upgrade', () => {
    expect(featureHint('apiAccess', 'professional')).toMatchObject({
      title: 'API access is in the Enterprise plan',
      body: 'Your Professional plan does not include API access; the Enterprise plan does.',
      requiredPlan: 'enterprise',
    });
    expect(upgradeLabel('enterprise')).toBe('Ask for Enterprise');
    expect(upgradeLabel('professional')).toBe('Upgrade to Professional');
  });
});

describe('limitHint', () => {
  it('shows the user limit, that invitations count, and the plan that raises it', () => {
    expect(limitHint({ metric: 'users', used: 5, limit: 5, plan: 'starter', overrides: null })).toEqual({
      title: 'Your team is at its limit of 5 users',
      body: '5 of 5 users on the Starter plan, pending invitations included. The Professional plan allows 25 users.',
      requiredPlan: 'professional',
    });
  });

  it('reads monthly limits as a month', () => {
    const hint = limitHint({
      metric: 'messages',
      used: 1_000,
      limit: 1_000,
      plan: 'starter',
      overrides: null,
    });
    expect(hint.title).toBe('You have used all 1,000 messages a month');
    expect(hint.body).toContain('The Professional plan allows 10,000 messages a month.');
  });

  it('keeps a negotiated limit on every plan, as the server does, and says when no plan raises it', () => {
    // Overrides hold whatever the plan: a deal of 30 users is not raised by any plan change.
    expect(nextPlanAllowing('starter', { maxUsers: 30 }, 'users', 31)).toBeNull();
    expect(nextPlanAllowing('starter', { maxGuests: 5_000 }, 'users', 6)).toBe('professional');
    const capped = limitHint({
      metric: 'users',
      used: 40,
      limit: 40,
      plan: 'enterprise',
      overrides: { maxUsers: 40 },
    });
    expect(capped.requiredPlan).toBeNull();
    expect(capped.body).toContain('Contact the Stayzr team to raise this limit.');
  });

  it('knows when a limit is reached', () => {
    expect(isAtLimit(5, 5)).toBe(true);
    expect(isAtLimit(4, 5)).toBe(false);
    expect(isAtLimit(500, null)).toBe(false);
  });
});
