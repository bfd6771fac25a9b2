import type { CannedResponseDto, CannedVariable, ConversationDetail } from '@stayzr/shared';

/** The `/shortcut` being typed at the caret: where it starts and ends, and what follows the slash. */
export interface SlashQuery {
  query: string;
  start: number;
  end: number;
}

/**
 * A slash at the start of the text or after whitespace, followed by the caret without a space in
 * between, opens the canned responses: `/wi|` → "wi". A slash inside a word or URL (`a/b`) does not.
 */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([a-z0-9_-]*)$/i.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  const start = caret - query.length - 1;
  // The token runs on past the caret when editing in the middle of it.
  const after = /^[a-z0-9_-]*/i.exec(text.slice(caret))?.[0] ?? '';
  return { query: query.toLowerCase(), start, end: caret + after.length };
}

/**
 * Canned responses for a query, best first: shortcut starting with it, then shortcut or title
 * containing it, then body containing it. An empty query lists them all by shortcut.
 */
export function filterCanned(
  responses: readonly CannedResponseDto[],
  query: string,
  limit = 8,
): CannedResponseDto[] {
  const needle = query.trim().toLowerCase();
  const scored: { response: CannedResponseDto; score: number }[] = [];
  for (const response of responses) {
    const shortcut = response.shortcut.toLowerCase();
    const title = response.title.toLowerCase();
    let score: number;
    if (!needle || shortcut.startsWith(needle)) score = 0;
    else if (shortcut.includes(needle) || title.includes(needle)) score = 1;
    else if (response.body.toLowerCase().includes(needle)) score = 2;
    else continue;
    scored.push({ response, score });
  }
  scored.sort((a, b) => a.score - b.score || a.response.shortcut.localeCompare(b.response.shortcut));
  return scored.slice(0, limit).map((entry) => entry.response);
}

/** The text with `/query` replaced by the response's body, and where the caret goes afterwards. */
export function insertCanned(
  text: string,
  slash: Pick<SlashQuery, 'start' | 'end'>,
  body: string,
): { text: string; caret: number } {
  const before = text.slice(0, slash.start);
  const after = text.slice(slash.end);
  const joiner = after && !/^\s/.test(after) ? ' ' : '';
  return { text: before + body + joiner + after, caret: before.length + body.length + joiner.length };
}

/** A stay date (YYYY-MM-DD, the hotel's calendar day) as guests read it: "Mon, 23 November". */
function formatStayDate(date: string, locale: string | undefined): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return day.toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** What the open conversation knows for each canned-response variable (missing ones stay placeholders). */
export function cannedValues(
  conversation: Pick<ConversationDetail, 'guestProfile' | 'stay' | 'hotel'>,
  locale?: string,
): Partial<Record<CannedVariable, string | null>> {
  const name = conversation.guestProfile.name?.trim() || null;
  const { stay } = conversation;
  return {
    'guest.firstName': name ? (name.split(/\s+/)[0] ?? null) : null,
    'guest.name': name,
    'stay.roomNumber': stay?.room ?? null,
    'stay.checkIn': stay ? formatStayDate(stay.checkIn, locale) : null,
    'stay.checkOut': stay ? formatStayDate(stay.checkOut, locale) : null,
    'stay.confirmationCode': stay?.confirmationCode ?? null,
    'hotel.name': conversation.hotel?.name ?? null,
    'hotel.address': conversation.hotel?.address ?? null,
  };
}
