/**
 * Text for a LIKE/ILIKE pattern (and Prisma's `contains`/`startsWith`, which build one without escaping):
 * `%`, `_` and the escape character itself match literally, so a search for "%" finds a percent sign
 * instead of every row. PostgreSQL's default escape character is the backslash.
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);
