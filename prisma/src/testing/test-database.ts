import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Database } from '../client.js';
import { dbEnv } from '../env.js';
import { quoteIdent } from '../migrate/database-url.js';

/** Base URL for tests: TEST_DATABASE_URL, else DATABASE_URL's server; the dev database is never touched. */
export function testServerUrl(): string {
  const env = dbEnv();
  return env.TEST_DATABASE_URL ?? env.DATABASE_URL;
}

export function databaseUrlFor(name: string, base = testServerUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Test databases carry the creating process id so a later run can drop what a crashed run left. */
export function testDatabaseName(kind: string): string {
  return `stayzr_test_${process.pid}_${kind}_${randomBytes(4).toString('hex')}`;
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrlFor('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Drops test databases whose creating process is gone (a run that crashed or was killed). */
export async function dropOrphanTestDatabases(): Promise<string[]> {
  const names = await withAdminClient(async (client) => {
    const result = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'stayzr\\_test\\_%'",
    );
    return result.rows.map((row) => row.datname);
  });
  const orphans = names.filter((name) => {
    const pid = Number(name.split('_')[2]);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  });
  for (const name of orphans) await dropDatabase(name);
  return orphans;
}

export interface TestDatabase {
  name: string;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template (file-level isolation for integration tests). */
export async function cloneTestDatabase(templateName: string, kind = 'file'): Promise<TestDatabase> {
  const name = testDatabaseName(kind);
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName)}`),
  );
  const url = databaseUrlFor(name);
  const db = createDb({ connectionString: url, max: 5 });
  return {
    name,
    url,
    db,
    async drop() {
      await db.close();
      await dropDatabase(name);
    },
  };
}

/** Redis for integration tests: REDIS_URL, else the local default. */
export function testRedisUrl(): string {
  return dbEnv().REDIS_URL;
}
