import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { GuestDto } from '../../dto.js';

/** Recent answers: a hotel hears from the same numbers again and again, and parsing is not free. */
const normalizedPhones = new Map<string, string | null>();
const NORMALIZED_PHONES_MAX = 10_000;

/**
 * E.164 for what a guest or staff member typed: international numbers as they are, national ones
 * in the hotel's country. Possible-but-unassigned numbers are kept (a guest is never dropped).
 */
export function normalizePhone(raw: string, defaultCountry: string): string | null {
  const key = `${defaultCountry}|${raw}`;
  const known = normalizedPhones.get(key);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry.toUpperCase() as CountryCode);
  const normalized = parsed?.isPossible() ? parsed.number : null;
  if (normalizedPhones.size >= NORMALIZED_PHONES_MAX) normalizedPhones.clear();
  normalizedPhones.set(key, normalized);
  return normalized;
}

/** E.164 is at most 15 digits; with spacing or a national prefix a sender is never longer than this. */
const SENDER_MAX_LENGTH = 32;

/**
 * The guest's E.164 number for an inbound SMS sender, or why it is not one. Refused: values longer than
 * any phone number, alphanumeric sender IDs ("HOTELDEALS") and short codes ("12345"), which are
 * automated senders that cannot be replied to from a hotel's number (a guest always writes from a phone
 * number), and anything libphonenumber says no number of that length can be. Possible-but-unassigned
 * numbers are kept, as in `normalizePhone`.
 */
export function smsSenderPhone(
  from: string,
  defaultCountry: string,
): { phoneE164: string } | { refused: string } {
  if (from.length > SENDER_MAX_LENGTH)
    return { refused: `too long for a phone number (${from.length.toLocaleString('en')} characters)` };
  if (/\p{L}/u.test(from)) return { refused: 'an alphanumeric sender ID, which cannot be replied to' };
  const phoneE164 = normalizePhone(from, defaultCountry);
  if (phoneE164) return { phoneE164 };
  if (/^\d{3,8}$/.test(from.trim())) return { refused: 'a short code, which cannot be replied to' };
  return { refused: `not a possible phone number (country ${defaultCountry})` };
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function toGuestDto(guest: {
  id: string;
  name: string | null;
  phoneE164: string | null;
  email: string | null;
  whatsappJid: string | null;
  language: string | null;
  smsOptedOutAt: Date | null;
  notes: string | null;
}): GuestDto {
  return {
    id: guest.id,
    name: guest.name,
    phoneE164: guest.phoneE164,
    email: guest.email,
    whatsappJid: guest.whatsappJid,
    language: guest.language,
    smsOptedOut: guest.smsOptedOutAt !== null,
    notes: guest.notes,
  };
}
