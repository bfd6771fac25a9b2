/**
 * `npm run db:seed`: idempotent demo data (CONTRACT.md, "Demo data"). Exits 0 when the demo data is in
 * place (created now or already there), 1 with a one-line reason otherwise.
 */
import { dbEnv } from '../env.js';
import { createDb, DEV_ENCRYPTION_KEY, maskDatabaseUrl } from '../index.js';
import { DEMO_LOGINS } from './demo-data.js';
import { describeCounts, seedDemoData } from './seed.js';

async function main(): Promise<number> {
  const env = dbEnv();
  const databaseUrl = env.DATABASE_URL;
  const masked = maskDatabaseUrl(databaseUrl);
  const configuredKey = env.APP_ENCRYPTION_KEY;
  // Channel credentials sealed with the public development key would be readable by anyone, so production
  // must bring its own key; demo data itself is allowed there (e.g. a staging box).
  if (!configuredKey && env.NODE_ENV === 'production') {
    console.error('db:seed: APP_ENCRYPTION_KEY is required when NODE_ENV=production');
    return 1;
  }

  const db = createDb({ connectionString: databaseUrl, max: 2 });
  const started = performance.now();
  try {
    const result = await seedDemoData(db, {
      encryptionKey: configuredKey || DEV_ENCRYPTION_KEY,
      log: (line) => console.log(`  ${line}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.created) {
      console.log(`Seeded demo data into ${masked} in ${seconds}s: ${describeCounts(result.counts)}.`);
    } else {
      console.log(`Demo data already present in ${masked}, nothing changed.`);
    }
    console.log('Demo logins:');
    for (const login of DEMO_LOGINS) {
      console.log(`  ${login.email.padEnd(24)} ${login.password.padEnd(18)} ${login.description}`);
    }
    return 0;
  } catch (error) {
    console.error(`db:seed failed against ${masked}: ${describeError(error, databaseUrl, masked)}`);
    if (isMissingTable(error)) console.error('Hint: apply the migrations first (npm run db:migrate).');
    return 1;
  } finally {
    await db.close().catch(() => {});
  }
}

/** The error's message without the raw connection string (drivers sometimes echo it). */
function describeError(error: unknown, databaseUrl: string, masked: string): string {
  const raw = error instanceof Error ? error.message || error.name : String(error);
  const code = typeof error === 'object' && error && 'code' in error ? ` [${String(error.code)}]` : '';
  const message = raw.split(databaseUrl).join(masked).trim();
  // Prisma's errors span many lines with call-site excerpts; the last line carries the cause.
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  return `${(lines.at(-1) ?? message).trim()}${code}`;
}

function isMissingTable(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /does not exist|P2021/.test(text);
}

process.exitCode = await main();
