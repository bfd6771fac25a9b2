/**
 * Prisma Migrate without the native schema engine: the same commands, files and `_prisma_migrations`
 * rows as the Prisma 7.10 CLI, computed by @prisma/schema-engine-wasm through adapter-pg
 * (see shared/offline/prisma.md). Loaded only by the migrate CLI, tests and the test harness setup:
 * it patches pg process-wide (pg-char-patch.ts), so the app server must never import it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  DiffTarget,
  MigrationList,
  SchemaFilter,
  SchemasContainer,
} from '@prisma/schema-engine-wasm/schema_engine_bg';
import { dbEnv } from '../env.js';
import { MigrationAdapterFactory } from './adapter-factory.js';
import { databaseExists, ensureDatabase } from './database-admin.js';
import { databaseNameOf, maskDatabaseUrl } from './database-url.js';
import { MigrationError, toMigrationError } from './errors.js';
import {
  migrationNames,
  nameAfterExisting,
  readMigrationsList,
  slugifyMigrationName,
  writeMigration,
} from './migrations-dir.js';
import { defaultMigrationsDir, defaultSchemaPath } from './package-paths.js';
import { createEngine, type SchemaEngine } from './wasm-engine.js';

export { DEFAULT_DATABASE_URL, maskDatabaseUrl } from './database-url.js';
export { MigrationError } from './errors.js';

export interface MigrateOptions {
  databaseUrl: string;
  /** Defaults to this package's `migrations/`. */
  migrationsDir?: string;
  /** Defaults to this package's `schema.prisma`. */
  schemaPath?: string;
  /** Progress lines for humans (database created, migrations found...). */
  log?: (line: string) => void;
}

export interface DeployResult {
  /** Target URL with the password masked. */
  database: string;
  databaseCreated: boolean;
  /** Every migration folder found, in order. */
  migrations: string[];
  /** Migrations applied by this call; empty when there was nothing pending. */
  applied: string[];
}

export interface DevOptions extends MigrateOptions {
  /** Free text, normalised like the CLI does (`add read at` → `add_read_at`). */
  name: string;
  /** Write the migration (even an empty one) without applying it, to edit it by hand first. */
  createOnly?: boolean;
  /** Go ahead when the new migration would lose data (dropped columns, new unique constraints...). */
  acceptDataLoss?: boolean;
}

export interface CreatedMigration {
  /** Folder name: `<YYYYMMDDHHMMSS>_<name>`. */
  name: string;
  directory: string;
  sqlPath: string;
  sql: string;
  /** False with `createOnly`. */
  applied: boolean;
}

export interface DevResult {
  database: string;
  databaseCreated: boolean;
  /** Already existing migrations that were pending and got applied first. */
  appliedPending: string[];
  /** null when the schema already matches the migrations ("already in sync"). */
  created: CreatedMigration | null;
  /** Data-loss warnings and unexecutable steps of the new migration (accepted, or left for the hand edit). */
  warnings: string[];
}

export interface StatusResult {
  database: string;
  hasMigrationsTable: boolean;
  migrations: string[];
  /** In the folder, not applied to the database. */
  pending: string[];
  /** Applied to the database, missing from the folder. */
  notInFolder: string[];
  /** Applied, then their migration.sql changed (checksum mismatch). */
  edited: string[];
  /** Started and failed, not rolled back: deploy refuses until resolved. */
  failed: string[];
  /** The engine's drift report when the database differs from what the migrations produce. */
  drift: string | null;
  /** schema.prisma has changes that no migration contains yet. */
  schemaChanges: boolean;
  /** Checks that could not run (e.g. a migration that fails to replay on the shadow database). */
  checkErrors: string[];
  /** True when nothing above needs attention. */
  upToDate: boolean;
}

export interface ResetOptions extends MigrateOptions {
  /** Defaults to NODE_ENV: a guard must hold even when the caller forgets to pass it. */
  nodeEnv?: string;
}

export interface ResetResult {
  database: string;
  databaseCreated: boolean;
  applied: string[];
}

export interface ResolveOptions extends MigrateOptions {
  /** Mark a failed migration as rolled back, after repairing the database by hand. */
  rolledBack?: string;
  /** Record a migration as applied without running it (its changes were made by hand). */
  applied?: string;
}

// No tables or enums are managed outside Prisma in this project.
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const DRIFT_PREFIX = 'Drift detected';

interface Context {
  databaseUrl: string;
  migrationsDir: string;
  schemaPath: string;
  log: (line: string) => void;
}

function contextOf(options: MigrateOptions): Context {
  databaseNameOf(options.databaseUrl); // fail early, before any connection, on a URL without a database
  return {
    databaseUrl: options.databaseUrl,
    migrationsDir: path.resolve(options.migrationsDir ?? defaultMigrationsDir()),
    schemaPath: path.resolve(options.schemaPath ?? defaultSchemaPath()),
    log: options.log ?? (() => {}),
  };
}

async function readSchema(ctx: Context): Promise<SchemasContainer> {
  const content = await readFile(ctx.schemaPath, 'utf8').catch((error: Error) => {
    throw new MigrationError(`Cannot read the Prisma schema at ${ctx.schemaPath}: ${error.message}`);
  });
  return { files: [{ path: ctx.schemaPath, content }] };
}

/**
 * One engine per command. W5: free it and close every pool afterwards, whatever happened, so no
 * connection or shadow database outlives the call.
 */
async function withEngine<T>(
  ctx: Context,
  schema: SchemasContainer | undefined,
  run: (engine: SchemaEngine, factory: MigrationAdapterFactory) => Promise<T>,
): Promise<T> {
  const factory = new MigrationAdapterFactory(ctx.databaseUrl);
  let engine: SchemaEngine | undefined;
  try {
    const file = schema?.files[0];
    engine = await createEngine({ factory, schema: file });
    return await run(engine, factory);
  } catch (error) {
    throw toMigrationError(error, factory.lastScriptError);
  } finally {
    engine?.free();
    await factory.disposeAll();
  }
}

async function prepareDatabase(ctx: Context): Promise<boolean> {
  const created = await ensureDatabase(ctx.databaseUrl);
  if (created) ctx.log(`Created database "${databaseNameOf(ctx.databaseUrl)}".`);
  return created;
}

function logFound(ctx: Context, list: MigrationList): void {
  const count = list.migrationDirectories.length;
  ctx.log(`${count} migration${count === 1 ? '' : 's'} found in ${ctx.migrationsDir}`);
}

/** Refuses to build on a history that cannot be trusted: failed or edited-after-apply migrations. */
async function assertHistoryIntact(engine: SchemaEngine, migrationsList: MigrationList): Promise<void> {
  const diagnosis = await engine.diagnoseMigrationHistory({
    migrationsList,
    optInToShadowDatabase: false,
    filters: NO_FILTER,
  });
  if (diagnosis.failedMigrationNames.length > 0) {
    throw new MigrationError(
      `Found failed migrations in the target database, new migrations will not be applied: ` +
        `${diagnosis.failedMigrationNames.join(', ')}. Repair the database, then run ` +
        '`npm run migrate -w @stayzr/db -- resolve --rolled-back <name>` and deploy again.',
    );
  }
  if (diagnosis.editedMigrationNames.length > 0) {
    throw new MigrationError(
      `Migrations were edited after they were applied: ${diagnosis.editedMigrationNames.join(', ')}. ` +
        'Restore their original migration.sql and put the change in a new migration.',
    );
  }
}

/** `prisma migrate deploy`: apply pending migrations. No shadow database, so no CREATEDB right needed. */
export async function migrateDeploy(options: MigrateOptions): Promise<DeployResult> {
  const ctx = contextOf(options);
  const databaseCreated = await prepareDatabase(ctx);
  const migrationsList = await readMigrationsList(ctx.migrationsDir);
  logFound(ctx, migrationsList);
  const applied = await withEngine(ctx, undefined, async (engine) => {
    await assertHistoryIntact(engine, migrationsList);
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
  return {
    database: maskDatabaseUrl(ctx.databaseUrl),
    databaseCreated,
    migrations: migrationNames(migrationsList),
    applied,
  };
}

/** devDiagnostic asks for a reset on drift, edited or failed migrations: `dev` never resets on its own. */
async function assertNoResetNeeded(engine: SchemaEngine, migrationsList: MigrationList): Promise<void> {
  const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
  if (action.tag === 'reset') {
    throw new MigrationError(
      `${action.reason.split('\n')[0]?.trim()} The development database must be reset ` +
        '(`npm run db:reset`, all data is lost); nothing was changed.',
      { details: action.reason },
    );
  }
}

function formatFeedback(items: { message: string; stepIndex: number }[]): string {
  return items.map((item) => `step ${item.stepIndex}: ${item.message}`).join('; ');
}

/**
 * `prisma migrate dev --name`: apply pending migrations, then write (and apply) a migration for the
 * difference between them and schema.prisma. Run `npm run generate` afterwards (the CLI does).
 */
export async function migrateDev(options: DevOptions): Promise<DevResult> {
  const ctx = contextOf(options);
  const name = slugifyMigrationName(options.name);
  if (!name)
    throw new MigrationError('migrate dev needs a migration name made of letters or digits (--name)');
  const createOnly = options.createOnly ?? false;
  const schema = await readSchema(ctx);
  const databaseCreated = await prepareDatabase(ctx);
  const migrationsList = await readMigrationsList(ctx.migrationsDir);
  logFound(ctx, migrationsList);

  return withEngine(ctx, schema, async (engine) => {
    await assertNoResetNeeded(engine, migrationsList);
    const pending = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    const appliedPending = pending.appliedMigrationNames;
    if (appliedPending.length > 0) {
      ctx.log(`Applied pending: ${appliedPending.join(', ')}`);
      // W6: without a fresh devDiagnostic the next shadow-database call fails in the wasm engine.
      await assertNoResetNeeded(engine, migrationsList);
    }

    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTER });
    // With createOnly nothing runs yet: the problems are reported for the hand edit instead.
    if (loss.unexecutableSteps.length > 0 && !createOnly) {
      throw new MigrationError(
        `The schema change cannot be applied as is (${formatFeedback(loss.unexecutableSteps)}). ` +
          'Create it with --create-only and edit the SQL.',
      );
    }
    if (loss.warnings.length > 0 && !createOnly && !options.acceptDataLoss) {
      throw new MigrationError(
        `The new migration would lose data (${formatFeedback(loss.warnings)}). ` +
          'Re-run with --accept-data-loss, or --create-only to edit it first.',
      );
    }
    const warnings = [
      ...loss.warnings.map((item) => item.message),
      ...loss.unexecutableSteps.map((item) => `cannot be executed as is: ${item.message}`),
    ];
    const result = { database: maskDatabaseUrl(ctx.databaseUrl), databaseCreated, appliedPending, warnings };
    if (loss.migrationSteps === 0 && !createOnly) return { ...result, created: null };

    const generated = await engine.createMigration({
      migrationName: name,
      draft: createOnly,
      schema,
      migrationsList,
      filters: NO_FILTER,
    });
    if (generated.migrationScript === null) return { ...result, created: null };

    const written = await writeMigration(
      ctx.migrationsDir,
      nameAfterExisting(generated.generatedMigrationName, migrationNames(migrationsList)),
      generated.migrationScript,
      generated.connectorType,
    );
    ctx.log(`Created ${path.relative(process.cwd(), written.sqlPath)}`);
    if (!createOnly) {
      const updatedList = await readMigrationsList(ctx.migrationsDir);
      await engine.applyMigrations({ migrationsList: updatedList, filters: NO_FILTER });
    }
    return {
      ...result,
      created: { ...written, sql: generated.migrationScript, applied: !createOnly },
    };
  });
}

/** The engine's `reset` reason, when it is drift rather than a history problem reported elsewhere. */
async function detectDrift(engine: SchemaEngine, migrationsList: MigrationList): Promise<string | null> {
  const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
  return action.tag === 'reset' && action.reason.startsWith(DRIFT_PREFIX) ? action.reason : null;
}

/** Exit code 2 of `diff --exit-code` means the schema describes changes no migration contains. */
async function detectSchemaChanges(
  engine: SchemaEngine,
  migrationsList: MigrationList,
  schema: SchemasContainer,
): Promise<boolean> {
  // Without any migration there is no lock file to tell the connector: compare with nothing instead.
  const from: DiffTarget =
    migrationsList.migrationDirectories.length > 0
      ? { tag: 'migrations', ...migrationsList }
      : { tag: 'empty' };
  const diff = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', ...schema },
    script: true,
    exitCode: true,
    filters: NO_FILTER,
  });
  return diff.exitCode === 2;
}

/** Runs an optional check; its failure is reported in the status instead of hiding the rest. */
async function check<T>(
  errors: string[],
  factory: MigrationAdapterFactory,
  label: string,
  fallback: T,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    errors.push(`${label}: ${toMigrationError(error, factory.lastScriptError).message}`);
    return fallback;
  }
}

/**
 * `prisma migrate status`, plus what the CLI leaves out: drift (out-of-band changes) and schema
 * changes without a migration. Uses shadow databases, so the role needs CREATEDB.
 */
export async function migrateStatus(options: MigrateOptions): Promise<StatusResult> {
  const ctx = contextOf(options);
  if (!(await databaseExists(ctx.databaseUrl))) {
    throw new MigrationError(
      `Database "${databaseNameOf(ctx.databaseUrl)}" does not exist; run \`npm run db:migrate\` to create it.`,
    );
  }
  const schema = await readSchema(ctx);
  const migrationsList = await readMigrationsList(ctx.migrationsDir);

  return withEngine(ctx, schema, async (engine, factory) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const history = diagnosis.history;
    const pending = history && 'unappliedMigrationNames' in history ? history.unappliedMigrationNames : [];
    const notInFolder =
      history && 'unpersistedMigrationNames' in history ? history.unpersistedMigrationNames : [];
    const checkErrors: string[] = [];
    const drift = await check(checkErrors, factory, 'Drift check', null, () =>
      detectDrift(engine, migrationsList),
    );
    // Both checks replay the migrations on a shadow database: when that failed once, it fails again.
    const schemaChanges =
      checkErrors.length === 0 &&
      (await check(checkErrors, factory, 'Schema check', false, () =>
        detectSchemaChanges(engine, migrationsList, schema),
      ));
    const problems = [pending, notInFolder, diagnosis.editedMigrationNames, diagnosis.failedMigrationNames];
    return {
      database: maskDatabaseUrl(ctx.databaseUrl),
      hasMigrationsTable: diagnosis.hasMigrationsTable,
      migrations: migrationNames(migrationsList),
      pending,
      notInFolder,
      edited: diagnosis.editedMigrationNames,
      failed: diagnosis.failedMigrationNames,
      drift,
      schemaChanges,
      checkErrors,
      upToDate:
        problems.every((names) => names.length === 0) && !drift && !schemaChanges && checkErrors.length === 0,
    };
  });
}

/** `prisma migrate reset` (without the seed, which the CLI runs): empty the database, re-apply all. */
export async function migrateReset(options: ResetOptions): Promise<ResetResult> {
  const nodeEnv = options.nodeEnv ?? dbEnv().NODE_ENV;
  if (nodeEnv === 'production') {
    throw new MigrationError(
      'Refusing to reset the database: NODE_ENV is "production" (reset deletes all data).',
    );
  }
  const ctx = contextOf(options);
  const databaseCreated = await prepareDatabase(ctx);
  const migrationsList = await readMigrationsList(ctx.migrationsDir);
  logFound(ctx, migrationsList);
  const applied = await withEngine(ctx, undefined, async (engine) => {
    await engine.reset({ filter: NO_FILTER });
    ctx.log(`Database "${databaseNameOf(ctx.databaseUrl)}" emptied.`);
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
  return { database: maskDatabaseUrl(ctx.databaseUrl), databaseCreated, applied };
}

/** `prisma migrate resolve`: the way out after a failed migration (see assertHistoryIntact). */
export async function migrateResolve(options: ResolveOptions): Promise<void> {
  const ctx = contextOf(options);
  if (!options.rolledBack === !options.applied) {
    throw new MigrationError('migrate resolve needs exactly one of --rolled-back <name> or --applied <name>');
  }
  const migrationsList = await readMigrationsList(ctx.migrationsDir);
  await withEngine(ctx, undefined, async (engine) => {
    if (options.rolledBack) {
      await engine.markMigrationRolledBack({ migrationName: options.rolledBack });
      ctx.log(`Marked ${options.rolledBack} as rolled back.`);
    } else if (options.applied) {
      await engine.markMigrationApplied({ migrationName: options.applied, migrationsList });
      ctx.log(`Marked ${options.applied} as applied.`);
    }
  });
}
