import { describe, expect, it } from 'vitest';
import { usageBar, usageLevel } from './usage-bar';

describe('usageLevel', () => {
  it('is near from 80 % of the limit, full at it and over past it', () => {
    expect(usageLevel(799, 1_000)).toBe('ok');
    expect(usageLevel(800, 1_000)).toBe('near');
    expect(usageLevel(999, 1_000)).toBe('near');
    expect(usageLevel(1_000, 1_000)).toBe('full');
    expect(usageLevel(1_001, 1_000)).toBe('over');
    expect(usageLevel(12, null)).toBe('unlimited');
  });

  it('treats a zero limit as full, not as a division by zero', () => {
    expect(usageLevel(0, 0)).toBe('full');
    expect(usageBar({ metric: 'users', used: 0, limit: 0 }).percent).toBe(100);
  });
});

describe('usageBar', () => {
  it('reads like the plan page: numbers, share used and colour', () => {
    expect(usageBar({ metric: 'messages', used: 812, limit: 1_000 })).toEqual({
      metric: 'messages',
      title: 'Messages this month',
      summary: '812 of 1,000 messages this month',
      percent: 81.2,
      level: 'near',
      color: 'yellow',
      status: '81% used',
    });
  });

  it('never says 100 % while one more still fits, nor 0 % once something is used', () => {
    expect(usageBar({ metric: 'guests', used: 999, limit: 1_000 }).status).toBe('99% used');
    expect(usageBar({ metric: 'guests', used: 10, limit: 10_000 }).status).toBe('<1% used');
    expect(usageBar({ metric: 'guests', used: 0, limit: 10_000 }).status).toBe('0% used');
  });

  it('caps the bar at full width when guests wrote in past the limit', () => {
    const bar = usageBar({ metric: 'messages', used: 1_250, limit: 1_000 });
    expect(bar).toMatchObject({ percent: 100, level: 'over', color: 'red', status: 'Over the limit' });
    expect(bar.summary).toBe('1,250 of 1,000 messages this month');
  });

  it('shows an unlimited metric as a count without a bar', () => {
    expect(usageBar({ metric: 'users', used: 3, limit: null })).toMatchObject({
      summary: '3 users (unlimited)',
      percent: 0,
      status: 'Unlimited',
    });
  });

  it('shows storage in bytes as GB', () => {
    const gb = 1024 ** 3;
    expect(usageBar({ metric: 'storageBytes', used: 1.5 * gb, limit: 5 * gb })).toMatchObject({
      title: 'Storage',
      summary: '1.5 GB of 5 GB',
      status: '30% used',
      level: 'ok',
    });
  });
});
