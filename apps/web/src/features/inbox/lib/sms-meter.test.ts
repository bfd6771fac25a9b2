import { describe, expect, it } from 'vitest';
import { smsMeter } from './sms-meter';

describe('smsMeter', () => {
  it('counts characters and segments of a plain text', () => {
    expect(smsMeter('sms', 'reply', 'a'.repeat(142))).toMatchObject({
      label: '142 / 160 · 1 segment',
      encoding: 'GSM-7',
      level: 'ok',
      blocked: null,
    });
    expect(smsMeter('sms', 'reply', 'a'.repeat(161))?.label).toBe('161 / 306 · 2 segments');
  });

  it('says UCS-2 when one emoji switches the whole text to 70 per segment', () => {
    expect(smsMeter('sms', 'reply', `${'a'.repeat(69)}🙂`)?.label).toBe('UCS-2 · 71 / 134 · 2 segments');
  });

  it('counts what is sent: surrounding white space is trimmed', () => {
    expect(smsMeter('sms', 'reply', `  ${'a'.repeat(160)}\n\n`)?.segments).toBe(1);
  });

  it('warns near 1,600 characters and refuses past it', () => {
    expect(smsMeter('sms', 'reply', 'a'.repeat(1_450))?.level).toBe('near');
    expect(smsMeter('sms', 'reply', 'a'.repeat(1_600))).toMatchObject({ level: 'near', blocked: null });
    const over = smsMeter('sms', 'reply', 'a'.repeat(1_650));
    expect(over?.level).toBe('over');
    expect(over?.blocked).toBe(
      'Too long for a text message: 1,650 of at most 1,600 characters. Shorten it by 50 or send it in parts.',
    );
  });

  it('leaves notes and the other channels alone', () => {
    expect(smsMeter('sms', 'note', 'a'.repeat(2_000))).toBeNull();
    expect(smsMeter('whatsapp', 'reply', 'a'.repeat(2_000))).toBeNull();
    expect(smsMeter('email', 'reply', 'hello')).toBeNull();
  });
});
