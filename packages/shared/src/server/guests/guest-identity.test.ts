import { describe, expect, it } from 'vitest';
import { smsSenderPhone } from './guest-identity.js';

describe('smsSenderPhone', () => {
  it('keeps every possible number, international or national', () => {
    expect(smsSenderPhone('+447700900123', 'GB')).toEqual({ phoneE164: '+447700900123' });
    expect(smsSenderPhone('07700 900456', 'GB')).toEqual({ phoneE164: '+447700900456' });
    expect(smsSenderPhone('+34 612 345 678', 'GB')).toEqual({ phoneE164: '+34612345678' });
  });

  it('says why a sender is not a guest phone number', () => {
    expect(smsSenderPhone('abc', 'GB')).toEqual({
      refused: 'an alphanumeric sender ID, which cannot be replied to',
    });
    expect(smsSenderPhone('HotelDeals', 'GB')).toMatchObject({
      refused: expect.stringContaining('alphanumeric'),
    });
    expect(smsSenderPhone('+1', 'US')).toEqual({ refused: 'not a possible phone number (country US)' });
    expect(smsSenderPhone('72345', 'US')).toEqual({ refused: 'a short code, which cannot be replied to' });
    expect(smsSenderPhone(`+4${'7'.repeat(4_998)}`, 'GB')).toEqual({
      refused: 'too long for a phone number (5,000 characters)',
    });
  });
});
