/**
 * `npm run migrate -w @stayzr/db -- <command>`: the offline stand-in for `prisma migrate`.
 * Always ends with process.exit: the wasm engine can leave timers behind (W5).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dbEnv } from '../env.js';
import { packageRoot } from './package-paths.js';
import {
  DEFAULT_DATABASE_URL,
  MigrationError,
  maskDatabaseUrl,
  migrateDeploy,
  migrateDev,
  migrateReset,
  migrateResolve,
  migrateStatus,
  type StatusResult,
} from './runner.js';

const USAGE = `Usage: npm run migrate -w @stayzr/db -- <command>
  deploy                                  apply pending migrations
  dev --name <name> [--create-only] [--accept-data-loss]
                                          create a migration from schema.prisma changes and apply it
  status                                  pending, edited, failed migrations, drift, schema changes
  reset [--seed] [--force]                empty the database, re-apply all migrations (not in production)
  resolve --rolled-back <name> | --applied <name>
                                          record how a failed migration was repaired
DATABASE_URL defaults to ${maskDatabaseUrl(DEFAULT_DATABASE_URL)}`;

class UsageError extends Error {}

const log = (line: string): void => console.log(line);

function list(names: string[]): string {
  return names.join(', ');
}

/**
 * Runs an npm script of this package; resolves to its exit code. The child inherits this process's
 * environment, so it reads the same DATABASE_URL (or the same default).
 */
function runPackageScript(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: packageRoot(), stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const exitCode = code ?? (signal ? 1 : 0);
      if (exitCode !== 0) console.error(`Error: \`npm ${args.join(' ')}\` failed (exit ${exitCode})`);
      resolve(exitCode);
    });
  });
}

async function deploy(databaseUrl: string): Promise<number> {
  const result = await migrateDeploy({ databaseUrl, log });
  log(result.applied.length > 0 ? `Applied: ${list(result.applied)}` : 'No pending migrations to apply.');
  return 0;
}

async function dev(databaseUrl: string, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      'create-only': { type: 'boolean' },
      'accept-data-loss': { type: 'boolean' },
    },
  });
  if (!values.name)
    throw new UsageError('dev needs --name <name>, e.g. `npm run db:migrate:dev -- --name add_rooms`');
  const result = await migrateDev({
    databaseUrl,
    log,
    name: values.name,
    createOnly: values['create-only'],
    acceptDataLoss: values['accept-data-loss'],
  });
  for (const warning of result.warnings) log(`WARNING: ${warning}`);
  if (result.appliedPending.length > 0) log(`Applied: ${list(result.appliedPending)}`);
  if (!result.created) {
    log('Already in sync, no schema change was found.');
    return 0;
  }
  log(
    result.created.applied
      ? `Applied: ${result.created.name}`
      : `Created ${result.created.name} without applying it: edit it, then run dev again to apply it.`,
  );
  // The CLI runs generators after dev so the client matches the new schema; so do we.
  return runPackageScript(['run', 'generate']);
}

function printStatus(status: StatusResult): void {
  log(`${status.migrations.length} migrations in the folder; database ${status.database}`);
  if (status.pending.length > 0) log(`PENDING: ${list(status.pending)}`);
  if (status.notInFolder.length > 0) log(`APPLIED BUT NOT IN THE FOLDER: ${list(status.notInFolder)}`);
  if (status.edited.length > 0) log(`EDITED AFTER APPLY: ${list(status.edited)}`);
  if (status.failed.length > 0) log(`FAILED: ${list(status.failed)}`);
  if (status.drift) log(`DRIFT: ${status.drift}`);
  if (status.schemaChanges)
    log('SCHEMA CHANGES NOT IN A MIGRATION: run `npm run db:migrate:dev -- --name <name>`');
  for (const error of status.checkErrors) log(`CHECK FAILED: ${error}`);
  if (status.upToDate) log('Database schema is up to date.');
}

async function status(databaseUrl: string): Promise<number> {
  const result = await migrateStatus({ databaseUrl, log });
  printStatus(result);
  return result.upToDate ? 0 : 1;
}

async function reset(databaseUrl: string, argv: string[]): Promise<number> {
  // --force is accepted for parity with `prisma migrate reset`: this CLI never prompts.
  const { values } = parseArgs({
    args: argv,
    options: { seed: { type: 'boolean' }, force: { type: 'boolean' } },
  });
  const result = await migrateReset({ databaseUrl, log });
  log(result.applied.length > 0 ? `Applied: ${list(result.applied)}` : 'No migrations to apply.');
  if (!values.seed) return 0;
  log('Seeding...');
  return runPackageScript(['run', 'seed', '-w', '@stayzr/db']);
}

async function resolve(databaseUrl: string, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'rolled-back': { type: 'string' }, applied: { type: 'string' } },
  });
  await migrateResolve({ databaseUrl, log, rolledBack: values['rolled-back'], applied: values.applied });
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const databaseUrl = dbEnv().DATABASE_URL;
  if (command && command !== 'help' && command !== '--help') log(`Database: ${maskDatabaseUrl(databaseUrl)}`);
  switch (command) {
    case 'deploy':
      return deploy(databaseUrl);
    case 'dev':
      return dev(databaseUrl, rest);
    case 'status':
      return status(databaseUrl);
    case 'reset':
      return reset(databaseUrl, rest);
    case 'resolve':
      return resolve(databaseUrl, rest);
    case 'help':
    case '--help':
      log(USAGE);
      return 0;
    default:
      throw new UsageError(command ? `Unknown command "${command}"` : 'Missing command');
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  // parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code for unknown or malformed flags.
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    console.error(`Error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`Error: ${message}`);
  if (error instanceof MigrationError && error.details && dbEnv().DEBUG) console.error(error.details);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(report(error)),
);
