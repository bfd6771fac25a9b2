import { describe, expect, it } from 'vitest';
import { bodyTooLong, smsLength } from './message-length.js';

describe('smsLength', () => {
  it('counts GSM-7 text in 160-character segments, then 153', () => {
    expect(smsLength('')).toMatchObject({ encoding: 'GSM-7', segments: 0 });
    expect(smsLength('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, perSegment: 160 });
    expect(smsLength('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, perSegment: 153 });
    expect(smsLength('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(smsLength('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts the extension table (€, brackets) as two septets', () => {
    expect(smsLength('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', characters: 80, segments: 1 });
    expect(smsLength('€'.repeat(81))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7: 70, then 67', () => {
    expect(smsLength(`${'a'.repeat(69)}’`)).toMatchObject({ encoding: 'UCS-2', segments: 1, perSegment: 70 });
    expect(smsLength(`${'a'.repeat(70)}😀`)).toMatchObject({
      encoding: 'UCS-2',
      characters: 72,
      segments: 2,
    });
    expect(smsLength('Привет, ваш номер готов')).toMatchObject({ encoding: 'UCS-2', segments: 1 });
  });
});

describe('bodyTooLong', () => {
  it('refuses what Twilio refuses (over 1,600 characters) and says by how much', () => {
    expect(bodyTooLong('sms', 'a'.repeat(1_600))).toBeNull();
    expect(bodyTooLong('sms', 'a'.repeat(1_601))).toBe(
      'A text message can be at most 1,600 characters; this one has 1,601. Shorten it or send it in parts.',
    );
    expect(bodyTooLong('email', 'a'.repeat(10_000))).toBeNull();
  });
});
