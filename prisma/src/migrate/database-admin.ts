import pg from 'pg';
import { databaseNameOf, maskDatabaseUrl, quoteIdent, withDatabase } from './database-url.js';
import { MigrationError } from './errors.js';

// The wasm engine has no createDatabase, so database-level DDL goes through plain pg on the
// maintenance database of the same server.
const MAINTENANCE_DATABASE = 'postgres';
const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Cannot connect to ${maskDatabaseUrl(connectionString)}: ${reason}`, {
      cause: error,
    });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  return withClient(withDatabase(databaseUrl, MAINTENANCE_DATABASE), async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  });
}

/** Creates the database named by the URL when missing. Returns true when it was created. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  return withClient(withDatabase(databaseUrl, MAINTENANCE_DATABASE), async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 1) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      // Another process (a parallel test worker) may have created it between the check and here.
      const code = (error as { code?: unknown }).code;
      if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
      throw new MigrationError(`Cannot create database "${name}": ${(error as Error).message}`, {
        cause: error,
      });
    }
  });
}

/** Creates a database next to the one in `databaseUrl` (used for shadow databases). */
export async function createSiblingDatabase(databaseUrl: string, name: string): Promise<void> {
  await withClient(databaseUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
}

/** FORCE (PG >= 13) so leftover connections of a crashed engine call cannot block the drop. */
export async function dropSiblingDatabase(databaseUrl: string, name: string): Promise<void> {
  await withClient(databaseUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}
