import { isUuid } from '@stayzr/db';
import { AppError } from '../../errors.js';
import { isStorableDate } from '../../schemas/text.js';

/**
 * Keyset pagination, newest first, never OFFSET: every list orders by (time, id) descending and a page
 * continues strictly after the last row of the previous one.
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** The order every keyset list uses, on `createdAt` (the conversation list orders by its last message in SQL). */
export const NEWEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }] as const satisfies ReadonlyArray<
  Record<string, 'desc'>
>;

/** Prisma filter for the rows after `position` in {@link NEWEST_FIRST} order (none: from the start). */
export function olderThan(position: KeysetPosition | null | undefined) {
  if (!position) return {};
  return {
    OR: [{ createdAt: { lt: position.at } }, { createdAt: position.at, id: { lt: position.id } }],
  };
}

/**
 * Splits `limit + 1` fetched rows into the page and whether more follow. `cursorOf` turns the page's
 * last row into the next cursor.
 */
export function takePage<Row>(
  rows: Row[],
  limit: number,
  cursorOf: (last: Row) => string,
): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

interface EncodedCursor {
  t: string;
  id: string;
}

/** An opaque cursor for a position (lists whose input takes a cursor string). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ t: at.toISOString(), id } satisfies EncodedCursor)).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as EncodedCursor;
    const at = new Date(parsed.t);
    // A forged cursor can carry a date JavaScript accepts and PostgreSQL cannot store (year -10000).
    if (!isStorableDate(at) || typeof parsed.id !== 'string' || !isUuid(parsed.id)) {
      throw new Error('bad cursor');
    }
    return { at, id: parsed.id };
  } catch {
    throw new AppError('BAD_REQUEST', 'This page link is no longer valid; reload the list.');
  }
}
