import { createDb, type Database } from '@stayzr/db';
import { migrateDeploy } from '@stayzr/db/migrate';
import { quoteIdent } from '@stayzr/db/testing';
import pg from 'pg';
import { progress } from './log.js';

export function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The run's own database `stayzr_bench_<pid>`, migrated with the project's runner. `db` is the product's
 * client (factories need it); `pool` is plain `pg` for baselines and data loading.
 */
export class BenchDatabase {
  readonly url: string;
  readonly db: Database;
  readonly pool: pg.Pool;

  private constructor(
    readonly serverUrl: string,
    readonly name: string,
  ) {
    this.url = databaseUrlFor(serverUrl, name);
    this.db = createDb({ connectionString: this.url, max: 4 });
    this.pool = new pg.Pool({ connectionString: this.url, max: 40 });
  }

  static async create(serverUrl: string): Promise<BenchDatabase> {
    if (new URL(serverUrl).hostname !== '127.0.0.1')
      throw new Error('the bench database must be on 127.0.0.1');
    await BenchDatabase.dropOrphans(serverUrl);
    const name = `stayzr_bench_${process.pid}`;
    await withAdmin(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    });
    const bench = new BenchDatabase(serverUrl, name);
    const started = Date.now();
    const result = await migrateDeploy({ databaseUrl: bench.url });
    progress('setup', `database ${name}: ${result.applied.length} migrations in ${Date.now() - started} ms`);
    return bench;
  }

  /** Databases left by a bench run that crashed (its process is gone). */
  private static async dropOrphans(serverUrl: string): Promise<void> {
    await withAdmin(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'stayzr\\_bench\\_%'",
      );
      for (const { datname } of rows) {
        const pid = Number(datname.split('_')[2]);
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) {
          progress('setup', `dropping ${datname} left by an earlier run`);
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
        }
      }
    });
  }

  async drop(): Promise<void> {
    await this.db.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    await withAdmin(this.serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(this.name)} WITH (FORCE)`),
    );
  }
}
