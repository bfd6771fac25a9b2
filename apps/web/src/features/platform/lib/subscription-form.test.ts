import { describe, expect, it } from 'vitest';
import {
  endOfDay,
  formToOverrides,
  overrideError,
  overridesToForm,
  toDateInput,
  toSubscriptionInput,
} from './subscription-form';

describe('limit overrides in the super admin form', () => {
  it('round-trips plan defaults, custom numbers and unlimited', () => {
    const overrides = { maxUsers: 12, maxGuests: null };
    const form = overridesToForm(overrides);
    expect(form.maxUsers).toEqual({ mode: 'custom', value: 12 });
    expect(form.maxGuests).toEqual({ mode: 'unlimited', value: '' });
    expect(form.maxStorageGB).toEqual({ mode: 'plan', value: '' });
    expect(formToOverrides(form)).toEqual(overrides);
  });

  it('clears the overrides when every limit follows the plan', () => {
    expect(formToOverrides(overridesToForm(null))).toBeNull();
  });

  it('keeps 0 as a real limit and explains an empty or broken custom value', () => {
    const form = overridesToForm(null);
    form.maxActiveConversations = { mode: 'custom', value: 0 };
    expect(formToOverrides(form)).toEqual({ maxActiveConversations: 0 });
    expect(overrideError({ mode: 'custom', value: '' })).toBe('Enter a number, or keep the plan’s limit');
    expect(overrideError({ mode: 'custom', value: 2.5 })).toBe('Use a whole number, 0 or more');
    expect(overrideError({ mode: 'plan', value: '' })).toBeNull();
  });
});

describe('trial end', () => {
  it('runs through the chosen day and shows back as the same day', () => {
    const end = endOfDay('2026-12-01');
    expect(end).toEqual(new Date(2026, 11, 1, 23, 59, 59));
    expect(toDateInput(end)).toBe('2026-12-01');
    expect(endOfDay('')).toBeNull();
    expect(toDateInput(null)).toBe('');
  });

  it('builds the input of platform.subscriptions.set', () => {
    expect(
      toSubscriptionInput('org-1', {
        plan: 'professional',
        status: 'trialing',
        trialEndsOn: '2026-12-01',
        overrides: overridesToForm({ maxUsers: 40 }),
      }),
    ).toEqual({
      organizationId: 'org-1',
      plan: 'professional',
      status: 'trialing',
      trialEndsAt: new Date(2026, 11, 1, 23, 59, 59),
      limitOverrides: { maxUsers: 40 },
    });
  });
});
