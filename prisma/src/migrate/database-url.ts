import { MigrationError } from './errors.js';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:5432/stayzr';

function parse(databaseUrl: string): URL {
  try {
    return new URL(databaseUrl);
  } catch {
    // Never echo the raw string: it may contain a password.
    throw new MigrationError('DATABASE_URL is not a valid postgresql:// URL');
  }
}

/** The URL with its password replaced, safe for logs and error messages. */
export function maskDatabaseUrl(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return '<invalid database URL>';
  }
  if (url.password) url.password = '****';
  return url.toString();
}

export function databaseNameOf(databaseUrl: string): string {
  const name = decodeURIComponent(parse(databaseUrl).pathname.replace(/^\//, ''));
  if (!name) throw new MigrationError(`DATABASE_URL names no database: ${maskDatabaseUrl(databaseUrl)}`);
  return name;
}

/** Same server and credentials, another database (maintenance DB, shadow DB). */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = parse(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/**
 * A database name as a quoted SQL identifier: CREATE/DROP DATABASE take no parameters, so the migration
 * runner, the test databases and the bench quote their names through this one helper.
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
