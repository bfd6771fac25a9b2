import { describe, expect, it } from 'vitest';
import { formatDuration, formatLatency, formatRelativeTime } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [42.9, '42 s'],
    [60, '1 min'],
    [59 * 60 + 59, '59 min'],
    [3600, '1 h'],
    [3 * 3600 + 5 * 60, '3 h 5 min'],
    [86_400, '1 d'],
    [2 * 86_400 + 4 * 3600 + 59, '2 d 4 h'],
    [-5, '0 s'],
  ])('%s seconds reads "%s"', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatLatency', () => {
  it('rounds to whole milliseconds', () => expect(formatLatency(12.6)).toBe('13 ms'));
  it('does not claim zero latency', () => expect(formatLatency(0.2)).toBe('<1 ms'));
  it('says when there was no answer', () => expect(formatLatency(null)).toBe('no answer'));
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-03-12T12:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it.each([
    [-20, 'just now'],
    [-5 * 60, '5 minutes ago'],
    [-3 * 3600, '3 hours ago'],
    [-26 * 3600, 'yesterday'],
    [6 * 86_400 + 3600, 'in 6 days'],
    [-400 * 86_400, 'last year'],
  ])('%s seconds from now reads "%s"', (seconds, expected) => {
    expect(formatRelativeTime(at(seconds), now)).toBe(expected);
  });
});
