import { z } from 'zod';

/**
 * What PostgreSQL cannot store in a text column (NUL) and what is not text at all (a UTF-16 surrogate
 * without its pair). A lookahead search, not an anchored `(...)*` match, so a megabyte string is scanned
 * once without backtracking.
 */
const NOT_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NOT_TEXT_MESSAGE =
  'This text holds characters that cannot be stored (NUL or a broken character)';

export const isStorableText = (value: string): boolean => !NOT_TEXT.test(value);

/**
 * Every free-text input starts here, so a NUL byte or a lone surrogate is a field error (400) and never
 * reaches the database as a 500. Chain `.trim().min().max()` after it as with `z.string()`.
 */
export const zText = () => z.string().refine(isStorableText, NOT_TEXT_MESSAGE);

/** PostgreSQL's timestamp range is wider than any real date; these bounds keep every value storable. */
export const DATE_MIN = new Date('1900-01-01T00:00:00Z');
export const DATE_MAX = new Date('9999-12-31T23:59:59Z');
export const isStorableDate = (date: Date): boolean =>
  !Number.isNaN(date.getTime()) && date >= DATE_MIN && date <= DATE_MAX;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30) and that PostgreSQL's `date` can hold. */
export const ZDateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return isStorableDate(date) && date.toISOString().slice(0, 10) === value;
  }, 'This date does not exist');

/** An instant from the client (Date or ISO string) within the storable range. */
export const zInstant = () => z.coerce.date().refine(isStorableDate, 'This date is out of range');
