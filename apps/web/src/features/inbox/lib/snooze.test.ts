import { describe, expect, it } from 'vitest';
import { fromLocalInputValue, snoozePresets, toLocalInputValue } from './snooze';

describe('snoozePresets', () => {
  it('offers an hour, tomorrow at 9:00 and next Monday at 9:00', () => {
    const wednesday = new Date(2026, 10, 25, 16, 20);
    const presets = snoozePresets(wednesday);
    expect(presets.map((preset) => preset.key)).toEqual(['hour', 'tomorrow', 'monday']);
    expect(presets[0]?.until).toEqual(new Date(2026, 10, 25, 17, 20));
    expect(presets[1]?.until).toEqual(new Date(2026, 10, 26, 9, 0));
    expect(presets[2]?.until).toEqual(new Date(2026, 10, 30, 9, 0));
  });

  it('skips "Monday" on a Sunday, when tomorrow already is Monday', () => {
    const sunday = new Date(2026, 10, 29, 21, 0);
    expect(snoozePresets(sunday).map((preset) => preset.key)).toEqual(['hour', 'tomorrow']);
  });

  it('rolls over month ends', () => {
    expect(snoozePresets(new Date(2026, 10, 30, 23, 30))[1]?.until).toEqual(new Date(2026, 11, 1, 9, 0));
  });
});

describe('datetime-local values', () => {
  it('round-trip in local time', () => {
    const date = new Date(2026, 0, 5, 9, 7);
    expect(toLocalInputValue(date)).toBe('2026-01-05T09:07');
    expect(fromLocalInputValue('2026-01-05T09:07')).toEqual(date);
  });

  it('reject empty or malformed input', () => {
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('tomorrow')).toBeNull();
  });
});
