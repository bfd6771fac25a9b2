import { describe, expect, it } from 'vitest';
import { safeTimeZone, usagePeriodAt, usagePeriodOffset } from './usage-period.js';

describe('usage periods in the hotel time zone', () => {
  const instant = new Date('2026-11-30T20:30:00Z');

  it('puts one instant in different months depending on the time zone', () => {
    expect(usagePeriodAt('UTC', instant).start).toBe('2026-11-01');
    expect(usagePeriodAt('Asia/Tokyo', instant).start).toBe('2026-12-01');
    expect(usagePeriodAt('America/Los_Angeles', instant).start).toBe('2026-11-01');
  });

  it('starts and ends at local midnight on the first', () => {
    const period = usagePeriodAt('Asia/Tokyo', instant);
    expect(period.key).toBe('2026-12');
    expect(period.startsAt.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(period.endsAt.toISOString()).toBe('2026-12-31T15:00:00.000Z');
    // Across a DST change: Los Angeles goes from PDT (UTC-7) in October to PST (UTC-8) in November.
    const october = usagePeriodAt('America/Los_Angeles', new Date('2026-10-15T12:00:00Z'));
    expect(october.startsAt.toISOString()).toBe('2026-10-01T07:00:00.000Z');
    expect(october.endsAt.toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });

  it('steps whole months across year ends', () => {
    expect(usagePeriodOffset('UTC', new Date('2026-01-15T00:00:00Z'), -13).start).toBe('2024-12-01');
    expect(usagePeriodOffset('UTC', new Date('2026-12-15T00:00:00Z'), 1).start).toBe('2027-01-01');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(safeTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(usagePeriodAt('Mars/Olympus_Mons', instant).start).toBe('2026-11-01');
  });
});
