/**
 * The one error type the runner throws. `message` is a single line meant for humans; `details` keeps
 * the engine's full multi-line text (backtrace included) for debugging.
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  readonly details: string | undefined;

  constructor(message: string, options: { details?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.details = options.details;
  }
}

/** First non-empty line of an error message: engine errors carry a long backtrace after it. */
function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? text
  );
}

// Engine errors are: a generic first line, the real reason, then a Rust backtrace ("  0: module::fn").
const BACKTRACE_LINE = /^\d+: \S/;
const GENERIC_LINES = new Set(['external connector error']);
// Span of a failure while applying to the target database (not while replaying on a shadow one).
const APPLY_SPAN = 'apply_migrations::Applying migration';

/** The reason lines of an engine error, joined into one line, without backtrace or generic wrapper. */
function summarizeEngineError(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const backtraceAt = lines.findIndex((line) => BACKTRACE_LINE.test(line));
  const reason = (backtraceAt === -1 ? lines : lines.slice(0, backtraceAt)).filter(
    (line) => line.length > 0 && !GENERIC_LINES.has(line),
  );
  return reason.length > 0 ? reason.join(' ') : firstLine(text);
}

/** The migration the engine was applying when it failed, named in its backtrace span. */
function migrationNameIn(text: string): string | undefined {
  return /migration_name="([^"]+)"/.exec(text)?.[1];
}

/**
 * Wraps anything thrown by the engine or pg into a one-line MigrationError naming the migration
 * and, when known, Postgres' own error (the engine only passes on a mapped form of it).
 */
export function toMigrationError(
  error: unknown,
  databaseError?: { message: string; code?: string },
): MigrationError {
  if (error instanceof MigrationError) return error;
  const text = error instanceof Error ? error.message : String(error);
  let message = summarizeEngineError(text);
  const migration = migrationNameIn(text);
  if (migration && !message.includes(migration)) message = `Migration \`${migration}\` failed: ${message}`;
  if (databaseError && !message.includes(databaseError.message)) {
    message += ` (Postgres${databaseError.code ? ` ${databaseError.code}` : ''}: ${databaseError.message})`;
  }
  if (migration && text.includes(APPLY_SPAN)) {
    // The whole file ran as one implicit transaction (W4), so the database is as before it.
    message +=
      '. It was rolled back and is recorded as failed: fix its migration.sql, then run ' +
      `\`npm run migrate -w @stayzr/db -- resolve --rolled-back ${migration}\` and deploy again.`;
  }
  return new MigrationError(message, { details: text, cause: error });
}
