import { describe, expect, it } from 'vitest';
import { userCountLine } from './user-count';

describe('userCountLine', () => {
  it('leads with the users the plan counts, then what they are', () => {
    expect(userCountLine(3, 4)).toBe('4 users · 3 active, 1 invited');
    expect(userCountLine(1, 1)).toBe('1 user · 1 active');
  });

  it('shows only the active members while the count loads', () => {
    expect(userCountLine(3, undefined)).toBe('3 active');
  });
});
