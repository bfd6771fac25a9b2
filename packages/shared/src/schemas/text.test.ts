import { describe, expect, it } from 'vitest';
import { escapeLike } from '../server/kernel/like-pattern.js';
import { ZDateOnly, zInstant, zText } from './text.js';

describe('zText', () => {
  const schema = zText().trim().min(1).max(50);

  it('accepts text in any script, emoji, RTL marks and zero-width characters', () => {
    for (const text of ['Room 12', 'مرحبا', '日本語', '😀👍🏽', '\u202Eabc\u202C', 'a\u200Bb']) {
      expect(schema.safeParse(text).success, text).toBe(true);
    }
  });

  it('refuses NUL and lone surrogates', () => {
    for (const text of ['a\u0000b', '\u0000', '\uD800', 'x\uDFFF', '\uDC00\uD800']) {
      expect(schema.safeParse(text).success, JSON.stringify(text)).toBe(false);
    }
  });
});

describe('ZDateOnly', () => {
  it('accepts real calendar dates and refuses impossible or unstorable ones', () => {
    for (const date of ['2026-02-28', '2028-02-29', '2030-12-31'])
      expect(ZDateOnly.safeParse(date).success).toBe(true);
    for (const date of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '1899-12-31']) {
      expect(ZDateOnly.safeParse(date).success, date).toBe(false);
    }
  });
});

describe('zInstant', () => {
  it('refuses dates PostgreSQL cannot store', () => {
    expect(zInstant().safeParse(new Date('2031-01-01T00:00:00Z')).success).toBe(true);
    expect(zInstant().safeParse(new Date(8.64e15)).success).toBe(false);
    expect(zInstant().safeParse(new Date(-8.64e15)).success).toBe(false);
    expect(zInstant().safeParse('not a date').success).toBe(false);
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_off\\now')).toBe('50\\%\\_off\\\\now');
    expect(escapeLike('plain')).toBe('plain');
  });
});
