import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createSiblingDatabase, dropSiblingDatabase } from './database-admin.js';
import { withDatabase } from './database-url.js';

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/** adapter-pg keeps `onError` protected; it is the only way to get its driver-error mapping. */
interface AdapterErrorMapper {
  onError(error: unknown): never;
}

/**
 * W4: adapter-pg's executeScript splits on every `;` (breaking comments and $$ bodies) and runs the
 * pieces outside a transaction, so a failing statement leaves the earlier ones committed. Sending
 * the whole file in one simple-protocol query makes Postgres run it as one implicit transaction.
 */
function runScriptsInOneQuery(
  adapter: PgAdapter,
  pool: pg.Pool,
  recordOutcome: (error: unknown) => void,
): PgAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
      recordOutcome(undefined);
    } catch (error) {
      recordOutcome(error);
      (adapter as unknown as AdapterErrorMapper).onError(error);
    }
  };
  return adapter;
}

/** The engine may dispose an adapter itself and we dispose leftovers at the end: run cleanup once. */
function disposeOnce(adapter: PgAdapter, cleanup: () => Promise<void>): PgAdapter {
  let disposing: Promise<void> | undefined;
  adapter.dispose = () => {
    disposing ??= cleanup();
    return disposing;
  };
  return adapter;
}

/**
 * Driver adapter factory handed to the wasm schema engine. Replaces adapter-pg's own factory for
 * two reasons (W3): its shadow pool connects to the main database when built from a URL, and its
 * shadow cleanup drops the database before closing the pool (so the drop fails).
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly open = new Set<SqlDriverAdapter>();
  /**
   * Postgres' own error for the last migration script that failed. The engine only reports its
   * mapped form ("No such table: x", without the SQLSTATE), so the runner adds this to its message.
   */
  lastScriptError: pg.DatabaseError | undefined;

  constructor(private readonly databaseUrl: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await this.adapterFor(this.databaseUrl, async () => {}));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowName = `prisma_migrate_shadow_db_${randomUUID()}`;
    await createSiblingDatabase(this.databaseUrl, shadowName);
    // The pool must be closed before the drop; the adapter's own dispose ends it first.
    const dropShadow = () => dropSiblingDatabase(this.databaseUrl, shadowName);
    return this.track(await this.adapterFor(withDatabase(this.databaseUrl, shadowName), dropShadow));
  }

  /** Disposes every adapter the engine did not dispose itself (main connection, failed shadows). */
  async disposeAll(): Promise<void> {
    const adapters = [...this.open];
    this.open.clear();
    await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
  }

  private async adapterFor(connectionString: string, afterPoolEnd: () => Promise<void>): Promise<PgAdapter> {
    const pool = new pg.Pool({ connectionString });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const endPool = adapter.dispose.bind(adapter);
    disposeOnce(adapter, async () => {
      this.open.delete(adapter);
      try {
        await endPool();
      } finally {
        await afterPoolEnd();
      }
    });
    return runScriptsInOneQuery(adapter, pool, (error) => {
      this.lastScriptError = error instanceof pg.DatabaseError ? error : undefined;
    });
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    return adapter;
  }
}
