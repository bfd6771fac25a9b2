import { FEATURES, LIMIT_KEYS } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { formatPlanLimit, planActionFor, planChanges, planComparisonRows } from './plan-comparison';

describe('planComparisonRows', () => {
  const rows = planComparisonRows();
  const row = (key: string) => rows.find((r) => r.key === key);

  it('lists the price, every limit and every feature, including ones not built yet', () => {
    expect(rows.map((r) => r.key)).toEqual(['price', ...LIMIT_KEYS, ...FEATURES]);
    expect(row('multiPropertyManagement')).toMatchObject({ label: 'Multiple properties', comingSoon: true });
    expect(row('smsIntegration')?.comingSoon).toBe(false);
    // AI replies work (the worker's ai queue); WhatsApp, email and automations do not yet.
    expect(row('aiAutomation')?.comingSoon).toBe(false);
    expect(row('whatsappIntegration')?.comingSoon).toBe(true);
    expect(row('emailIntegration')?.comingSoon).toBe(true);
    expect(row('workflowAutomation')?.comingSoon).toBe(true);
  });

  it('shows prices, with enterprise as a starting price', () => {
    expect(row('price')?.cells).toEqual({
      starter: { kind: 'text', text: '$49 / month' },
      professional: { kind: 'text', text: '$149 / month' },
      enterprise: { kind: 'text', text: 'From $499 / month' },
    });
  });

  it('shows limits in their units, unlimited in words', () => {
    expect(row('maxMessagesPerMonth')?.cells).toEqual({
      starter: { kind: 'text', text: '1,000 a month' },
      professional: { kind: 'text', text: '10,000 a month' },
      enterprise: { kind: 'text', text: 'Unlimited' },
    });
    expect(row('maxUsers')?.cells.starter).toEqual({ kind: 'text', text: '5' });
    expect(formatPlanLimit('maxStorageGB', 50)).toBe('50 GB');
  });

  it('marks which plans include a feature', () => {
    expect(row('whatsappIntegration')?.cells).toEqual({
      starter: { kind: 'check', included: false },
      professional: { kind: 'check', included: true },
      enterprise: { kind: 'check', included: true },
    });
  });
});

describe('planActionFor', () => {
  it('offers upgrades and downgrades among self-serve plans and a request for enterprise', () => {
    expect(planActionFor('starter', 'starter', true)).toBe('current');
    expect(planActionFor('professional', 'starter', true)).toBe('upgrade');
    expect(planActionFor('starter', 'professional', true)).toBe('downgrade');
    expect(planActionFor('enterprise', 'professional', true)).toBe('request');
  });

  it('offers nothing but the current plan to people who cannot change it', () => {
    expect(planActionFor('starter', 'starter', false)).toBe('current');
    expect(planActionFor('professional', 'starter', false)).toBeNull();
    expect(planActionFor('enterprise', 'starter', false)).toBeNull();
  });
});

describe('planChanges', () => {
  it('lists the limits that move and the features gained on an upgrade', () => {
    const change = planChanges('starter', 'professional');
    expect(change.limits).toContainEqual({ key: 'maxUsers', label: 'Users', from: '5', to: '25' });
    expect(change.gained).toEqual([
      'whatsappIntegration',
      'aiAutomation',
      'workflowAutomation',
      'advancedAnalytics',
    ]);
    expect(change.lost).toEqual([]);
  });

  it('lists the features lost on a downgrade', () => {
    expect(planChanges('professional', 'starter').lost).toContain('whatsappIntegration');
  });
});
