import type { z } from 'zod';

/** A hand-written statement returned rows of another shape than its query function declares. */
export class RowShapeError extends Error {
  constructor(query: string, detail: string) {
    super(`${query}: unexpected row shape: ${detail}`);
    this.name = 'RowShapeError';
  }
}

/**
 * The rows of `query`, each checked against `row`: a statement whose columns drifted from its type
 * fails here, by name, instead of handing `undefined` to the code that reads it.
 */
export function checkRows<S extends z.ZodType>(
  query: string,
  row: S,
  rows: readonly unknown[],
): z.output<S>[] {
  return rows.map((value, index) => {
    const parsed = row.safeParse(value);
    if (!parsed.success) throw new RowShapeError(query, `row ${index}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** The first row of `query`, checked, or null when it returned none. */
export function checkOptionalRow<S extends z.ZodType>(
  query: string,
  row: S,
  rows: readonly unknown[],
): z.output<S> | null {
  if (rows.length === 0) return null;
  return checkRows(query, row, rows.slice(0, 1))[0] ?? null;
}

/** The first row of `query`, checked; a statement that always answers one row and returned none throws. */
export function checkRow<S extends z.ZodType>(query: string, row: S, rows: readonly unknown[]): z.output<S> {
  const checked = checkOptionalRow(query, row, rows);
  if (checked === null) throw new RowShapeError(query, 'no row');
  return checked;
}
