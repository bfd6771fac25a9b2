import type { MessageDto } from '@stayzr/shared';
import { dayKey, formatDayLabel } from './time-format';

/**
 * One row of the virtualized thread: a message, keyed by its id, and the date separator that follows it
 * when the next message is on another day. Separators ride on the row above them (and the first one on the
 * thread's header) so that every row's key and height stay the same when older history is added on top:
 * the virtualizer then keeps the message being read exactly where it was.
 */
export interface ThreadRow {
  key: string;
  message: MessageDto;
  /** "Today", "Yesterday", "Monday 16 November": the day of the next message, shown under this one. */
  dayAfter: string | null;
}

export interface ThreadLayout {
  rows: ThreadRow[];
  /** The day of the first loaded message, shown in the header above it. */
  firstDay: string | null;
}

/** The thread's rows, oldest first. */
export function buildThreadRows(
  messages: readonly MessageDto[],
  options: { now?: Date; locale?: string } = {},
): ThreadLayout {
  const now = options.now ?? new Date();
  const label = (message: MessageDto) => formatDayLabel(message.createdAt, now, options.locale);
  const rows: ThreadRow[] = [];
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index] as MessageDto;
    const next = messages[index + 1];
    const dayAfter = next && dayKey(next.createdAt) !== dayKey(message.createdAt) ? label(next) : null;
    rows.push({ key: message.id, message, dayAfter });
  }
  const first = messages[0];
  return { rows, firstDay: first ? label(first) : null };
}

/** A first guess of a row's height before it is measured; close guesses keep the scrollbar steady. */
export function estimateRowHeight(row: ThreadRow | undefined): number {
  if (!row) return 80;
  const { message } = row;
  const lines = Math.ceil(message.body.length / 60) + message.body.split('\n').length - 1;
  const failed = message.status === 'failed' || message.status === 'undelivered' ? 48 : 0;
  const separator = row.dayAfter ? 44 : 0;
  return 64 + Math.min(lines, 30) * 21 + message.attachments.length * 32 + failed + separator;
}

/**
 * Email bodies: the new text, and the quoted earlier mail ("On … wrote:" or `>` lines) that is shown
 * collapsed under it. Other channels have no quoting, so their body comes back whole.
 */
export function splitQuoted(body: string): { text: string; quoted: string | null } {
  const lines = body.split('\n');
  const start = lines.findIndex(
    (line, index) =>
      /^On .{4,200} wrote:\s*$/.test(line.trim()) ||
      (line.startsWith('>') &&
        lines.slice(index).every((rest) => rest.startsWith('>') || rest.trim() === '')),
  );
  if (start <= 0) return { text: body, quoted: null };
  const text = lines.slice(0, start).join('\n').trimEnd();
  const quoted = lines.slice(start).join('\n').trim();
  return text ? { text, quoted: quoted || null } : { text: body, quoted: null };
}
