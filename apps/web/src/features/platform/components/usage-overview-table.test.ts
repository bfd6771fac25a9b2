import { describe, expect, it } from 'vitest';
import { compactUsage } from './usage-overview-table';

describe('compactUsage', () => {
  it('reads as used / limit, in GB for storage, with unlimited said in words', () => {
    expect(compactUsage('messages', 812, 1_000)).toBe('812 / 1,000');
    expect(compactUsage('storageBytes', 1.5 * 1024 ** 3, 5 * 1024 ** 3)).toBe('1.5 GB / 5 GB');
    expect(compactUsage('users', 40, null)).toBe('40 · unlimited');
  });
});
