import type { ChannelTypeValue } from '../events.js';

/**
 * How long a message may be on each channel, and what an SMS costs. Twilio refuses a body over 1,600
 * characters (error 21617) and bills each segment: GSM-7 text fits 160 characters in one segment and
 * 153 per segment once split; anything outside GSM-7 (emoji, most non-Latin scripts, curly quotes)
 * switches the whole message to UCS-2: 70 in one, 67 per segment.
 */
export const CHANNEL_BODY_MAX: Record<ChannelTypeValue, number | null> = {
  sms: 1_600,
  whatsapp: 4_096,
  email: null,
};

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Written with an escape first: two septets each. */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as Twilio counts them for its 1,600 limit (UTF-16 code units). */
  characters: number;
  /** Billed segments (0 for an empty message). */
  segments: number;
  /** Characters per segment at this length and encoding. */
  perSegment: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (BASIC.has(char)) septets += 1;
    else if (EXTENDED.has(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const characters = text.length;
  if (gsm) {
    const perSegment = septets <= 160 ? 160 : 153;
    return { encoding: 'GSM-7', characters, segments: Math.ceil(septets / perSegment), perSegment };
  }
  const perSegment = characters <= 70 ? 70 : 67;
  return { encoding: 'UCS-2', characters, segments: Math.ceil(characters / perSegment), perSegment };
}

/** Why a body cannot go out on this channel, or null. */
export function bodyTooLong(channelType: ChannelTypeValue, body: string): string | null {
  const max = CHANNEL_BODY_MAX[channelType];
  if (max === null || body.length <= max) return null;
  const label = channelType === 'sms' ? 'A text message' : 'A WhatsApp message';
  return `${label} can be at most ${max.toLocaleString('en')} characters; this one has ${body.length.toLocaleString('en')}. Shorten it or send it in parts.`;
}
