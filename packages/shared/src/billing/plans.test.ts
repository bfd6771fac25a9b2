import { describe, expect, it } from 'vitest';
import {
  cheapestPlanAllowing,
  cheapestPlanWith,
  effectiveLimits,
  FEATURES,
  formatUsage,
  metricLimit,
  PLAN_ORDER,
  PLANS,
  ZLimitOverrides,
  ZPlanName,
} from './plans.js';

describe('plan catalog', () => {
  it('starter has email and SMS but no AI; professional adds WhatsApp, AI, automation, analytics', () => {
    expect(PLANS.starter.features).toMatchObject({
      emailIntegration: true,
      smsIntegration: true,
      whatsappIntegration: false,
      aiAutomation: false,
    });
    expect(PLANS.professional.features).toMatchObject({
      whatsappIntegration: true,
      aiAutomation: true,
      workflowAutomation: true,
      advancedAnalytics: true,
      apiAccess: false,
    });
  });

  it('enterprise has every feature and no limit', () => {
    for (const feature of FEATURES) expect(PLANS.enterprise.features[feature]).toBe(true);
    expect(Object.values(PLANS.enterprise.limits).every((limit) => limit === null)).toBe(true);
  });

  it('each plan up allows at least as much and costs more than the one below', () => {
    for (let i = 1; i < PLAN_ORDER.length; i++) {
      const lower = PLANS[PLAN_ORDER[i - 1]!];
      const higher = PLANS[PLAN_ORDER[i]!];
      expect(higher.monthlyPriceUsd).toBeGreaterThan(lower.monthlyPriceUsd);
      for (const feature of FEATURES)
        if (lower.features[feature]) expect(higher.features[feature]).toBe(true);
      for (const [key, limit] of Object.entries(lower.limits)) {
        const higherLimit = higher.limits[key as keyof typeof higher.limits];
        if (higherLimit !== null) expect(higherLimit).toBeGreaterThanOrEqual(limit ?? Infinity);
      }
    }
  });

  it('names the cheapest plan that has a feature or fits a number', () => {
    expect(cheapestPlanWith('smsIntegration')).toBe('starter');
    expect(cheapestPlanWith('whatsappIntegration')).toBe('professional');
    expect(cheapestPlanWith('multiPropertyManagement')).toBe('enterprise');
    expect(cheapestPlanAllowing('users', 5)).toBe('starter');
    expect(cheapestPlanAllowing('users', 6)).toBe('professional');
    expect(cheapestPlanAllowing('users', 1_000)).toBe('enterprise');
  });

  it('applies overrides on top of the plan: null is unlimited, absent keeps the plan value', () => {
    const limits = effectiveLimits('starter', { maxUsers: 12, maxGuests: null });
    expect(limits).toMatchObject({ maxUsers: 12, maxGuests: null, maxMessagesPerMonth: 1_000 });
    expect(effectiveLimits('starter', null)).toEqual(PLANS.starter.limits);
    expect(metricLimit(limits, 'storageBytes')).toBe(5 * 1024 ** 3);
  });

  it('validates overrides strictly and refuses unknown plan names with the list', () => {
    expect(ZLimitOverrides.safeParse({ maxUsers: 10 }).success).toBe(true);
    expect(ZLimitOverrides.safeParse({ maxUsers: -1 }).success).toBe(false);
    expect(ZLimitOverrides.safeParse({ maxUsers: 1.5 }).success).toBe(false);
    expect(ZLimitOverrides.safeParse({ maxSeats: 10 }).success).toBe(false);
    const parsed = ZPlanName.safeParse('platinum');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'Unknown plan "platinum": choose one of starter, professional, enterprise',
    );
  });

  it('formats usage the way the usage bars read', () => {
    expect(formatUsage('messages', 812, 1_000)).toBe('812 of 1,000 messages this month');
    expect(formatUsage('users', 3, 5)).toBe('3 of 5 users');
    expect(formatUsage('storageBytes', 1.5 * 1024 ** 3, 5 * 1024 ** 3)).toBe('1.5 GB of 5 GB');
    expect(formatUsage('guests', 1, null)).toBe('1 guest (unlimited)');
  });
});
