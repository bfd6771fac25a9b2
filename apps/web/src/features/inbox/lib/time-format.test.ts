import { describe, expect, it } from 'vitest';
import {
  dayKey,
  formatDayLabel,
  formatListTime,
  formatSnoozeUntil,
  formatStayDates,
  formatWaitDuration,
  nightsBetween,
  waitLevel,
} from './time-format';

// Local-time constructors: the assertions hold in any time zone the tests run in.
const now = new Date(2026, 10, 23, 14, 30); // Monday 23 November 2026, 14:30
const at = (day: number, hour: number, minute = 0, month = 10, year = 2026) =>
  new Date(year, month, day, hour, minute);

describe('formatListTime', () => {
  it.each([
    ['today: the time', at(23, 10, 2), '10:02'],
    ['yesterday', at(22, 23, 59), 'Yesterday'],
    ['this week: the weekday', at(19, 9), 'Thu'],
    ['earlier this year: day and month', at(3, 9, 0, 2), '3 Mar'],
    ['another year: with the year', at(30, 9, 0, 11, 2025), '30 Dec 2025'],
  ])('%s', (_case, date, expected) => {
    expect(formatListTime(date, now, 'en-GB')).toBe(expected);
  });
});

describe('formatDayLabel', () => {
  it.each([
    [at(23, 0, 1), 'Today'],
    [at(22, 12), 'Yesterday'],
    [at(18, 12), 'Wednesday 18 November'],
    [at(2, 12, 0, 0), '2 January'],
    [at(31, 12, 0, 11, 2025), '31 December 2025'],
  ])('%s reads "%s"', (date, expected) => {
    expect(formatDayLabel(date, now, 'en-GB')).toBe(expected);
  });

  it('groups by local calendar day', () => {
    expect(dayKey(at(23, 0, 0))).toBe('2026-11-23');
    expect(dayKey(at(23, 23, 59))).toBe('2026-11-23');
    expect(dayKey(at(5, 8, 0, 0))).toBe('2026-01-05');
  });
});

describe('formatWaitDuration and waitLevel', () => {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it.each([
    [0.5, '<1 min', 'fresh'],
    [14, '14 min', 'fresh'],
    [15, '15 min', 'late'],
    [59, '59 min', 'late'],
    [65, '1 h 5 min', 'overdue'],
    [4 * 60 + 10, '4 h', 'overdue'],
    [26 * 60, '1 d 2 h', 'overdue'],
    [5 * 24 * 60, '5 d', 'overdue'],
  ] as const)('%s minutes: "waiting %s", %s', (minutes, text, level) => {
    expect(formatWaitDuration(ago(minutes), now)).toBe(text);
    expect(waitLevel(ago(minutes), now)).toBe(level);
  });

  it('never reads a negative wait (clock skew between server and browser)', () => {
    expect(formatWaitDuration(new Date(now.getTime() + 90_000), now)).toBe('<1 min');
  });
});

describe('stays', () => {
  it('shows both dates, and the years only when they differ', () => {
    expect(formatStayDates('2026-11-23', '2026-11-26', 'en-GB')).toBe('23 Nov → 26 Nov');
    expect(formatStayDates('2026-12-30', '2027-01-02', 'en-GB')).toBe('30 Dec 2026 → 2 Jan 2027');
  });

  it('counts nights across month ends', () => {
    expect(nightsBetween('2026-11-29', '2026-12-02')).toBe(3);
    expect(nightsBetween('nonsense', '2026-12-02')).toBeNull();
  });
});

describe('formatSnoozeUntil', () => {
  it.each([
    [new Date(now.getTime() + 45 * 60_000), 'in 45 min'],
    [at(23, 20), 'today at 20:00'],
    [at(24, 9), 'tomorrow at 09:00'],
    [at(27, 9), 'Fri 27 Nov, 09:00'],
  ])('%s reads "%s"', (until, expected) => {
    expect(formatSnoozeUntil(until, now, 'en-GB')).toBe(expected);
  });
});
