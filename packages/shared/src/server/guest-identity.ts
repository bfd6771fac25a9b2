import type { Tx } from '@stayzr/db';
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { GuestDto } from '../dto.js';

/**
 * E.164 for what a guest or staff member typed: international numbers as they are, national ones
 * in the hotel's country. Possible-but-unassigned numbers are kept (a guest is never dropped).
 */
export function normalizePhone(raw: string, defaultCountry: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry.toUpperCase() as CountryCode);
  return parsed?.isPossible() ? parsed.number : null;
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export interface GuestIdentity {
  phoneE164?: string | undefined;
  email?: string | undefined;
  whatsappJid?: string | undefined;
  name?: string | undefined;
}

/** Inside a tenant transaction: the guest with this phone / email / WhatsApp id, created when new. */
export async function findOrCreateGuest(tx: Tx, organizationId: string, identity: GuestIdentity) {
  const or = [
    ...(identity.phoneE164 ? [{ phoneE164: identity.phoneE164 }] : []),
    ...(identity.email ? [{ email: identity.email }] : []),
    ...(identity.whatsappJid ? [{ whatsappJid: identity.whatsappJid }] : []),
  ];
  if (or.length === 0) throw new Error('an inbound message needs a phone number, email or WhatsApp id');
  const existing = await tx.guest.findFirst({
    where: { organizationId, OR: or },
    orderBy: { createdAt: 'asc' },
  });
  if (existing) {
    if (!existing.name && identity.name) {
      return tx.guest.update({ where: { id: existing.id }, data: { name: identity.name } });
    }
    return existing;
  }
  return tx.guest.create({
    data: {
      organizationId,
      name: identity.name ?? null,
      phoneE164: identity.phoneE164 ?? null,
      email: identity.email ?? null,
      whatsappJid: identity.whatsappJid ?? null,
    },
  });
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
