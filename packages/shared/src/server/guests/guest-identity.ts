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
