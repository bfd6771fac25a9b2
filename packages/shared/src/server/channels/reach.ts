import { SENDING_PROVIDERS } from './registry.js';

interface ChannelLike {
  type: 'sms' | 'whatsapp' | 'email';
  provider: string;
  status: string;
}

interface GuestLike {
  phoneE164: string | null;
  email: string | null;
  whatsappJid: string | null;
  smsOptedOutAt: Date | null;
}

/** Whether a message to this guest could go out through this channel: it sends, and the guest has an address on it. */
export function canReach(channel: ChannelLike, guest: GuestLike): boolean {
  if (channel.status !== 'active' || !SENDING_PROVIDERS.has(channel.provider)) return false;
  switch (channel.type) {
    case 'sms':
      return Boolean(guest.phoneE164) && !guest.smsOptedOutAt;
    case 'whatsapp':
      return Boolean(guest.whatsappJid ?? guest.phoneE164);
    case 'email':
      return Boolean(guest.email);
  }
}
