import { CHANNEL_BODY_MAX, type ChannelTypeValue, smsLength } from '@stayzr/shared';

/** From this many characters the meter turns orange: a few more lines and Twilio refuses the text. */
export const SMS_NEAR_LIMIT = 1_400;

export interface SmsMeter {
  /** "142 / 160 · 1 segment", or "UCS-2 · 80 / 134 · 2 segments" when the text is not GSM-7. */
  label: string;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  level: 'ok' | 'near' | 'over';
  /** Why the text cannot be sent as it is (over Twilio's limit), or null. */
  blocked: string | null;
}

/**
 * What an SMS reply will cost and whether it can go out. Null for notes (they never leave Stayzr) and for
 * the other channels. Counts the text as it is sent: trimmed, as the composer sends it.
 */
export function smsMeter(
  channelType: ChannelTypeValue,
  mode: 'reply' | 'note',
  text: string,
): SmsMeter | null {
  const max = CHANNEL_BODY_MAX.sms;
  if (channelType !== 'sms' || mode === 'note' || max === null) return null;
  const length = smsLength(text.trim());
  const capacity = Math.max(1, length.segments) * length.perSegment;
  const segments = `${length.segments.toLocaleString('en')} ${length.segments === 1 ? 'segment' : 'segments'}`;
  const count = `${length.characters.toLocaleString('en')} / ${capacity.toLocaleString('en')}`;
  const label = length.encoding === 'UCS-2' ? `UCS-2 · ${count} · ${segments}` : `${count} · ${segments}`;
  const over = length.characters - max;
  return {
    label,
    encoding: length.encoding,
    segments: length.segments,
    level: over > 0 ? 'over' : length.characters >= SMS_NEAR_LIMIT ? 'near' : 'ok',
    blocked:
      over > 0
        ? `Too long for a text message: ${length.characters.toLocaleString('en')} of at most ${max.toLocaleString('en')} characters. Shorten it by ${over.toLocaleString('en')} or send it in parts.`
        : null,
  };
}

export const UCS2_EXPLAINED =
  'This text has a character outside the GSM-7 alphabet (an emoji, a curly quote or a non-Latin letter), so the whole message is sent as UCS-2: 70 characters fit in one segment instead of 160, and 67 per segment once split. Each segment is billed.';
export const GSM7_EXPLAINED =
  'A text message of up to 160 characters is one billed segment; longer ones are split into segments of 153. Emoji and some symbols cost more.';
