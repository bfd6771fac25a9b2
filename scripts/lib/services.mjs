// Makes sure PostgreSQL and Redis answer before dev/test/start run. Starts the docker compose
// services only when nothing answers and a Docker engine is actually running.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:5432/stayzr';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function maskUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid URL>';
  }
}

export function serverUrl(databaseUrl, database = 'postgres') {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function postgresAnswers(databaseUrl) {
  const client = new pg.Client({ connectionString: serverUrl(databaseUrl), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function redisAnswers(redisUrl) {
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) =>
      done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')),
    );
  });
}

function dockerEngineRunning() {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureServices({ databaseUrl, redisUrl, log = console.log }) {
  let [pgOk, redisOk] = await Promise.all([postgresAnswers(databaseUrl), redisAnswers(redisUrl)]);
  if (pgOk && redisOk) return;
  const missing = [!pgOk && 'postgres', !redisOk && 'redis'].filter(Boolean);
  if (!dockerEngineRunning()) {
    throw new Error(
      `${missing.join(' and ')} not answering (DATABASE_URL=${maskUrl(databaseUrl)}, REDIS_URL=${redisUrl}) ` +
        'and no Docker engine is running to start them. Start Docker (then re-run), or point DATABASE_URL/REDIS_URL at running servers.',
    );
  }
  log(`Starting ${missing.join(' and ')} with docker compose...`);
  const up = spawnSync('docker', ['compose', 'up', '-d', '--wait', ...missing, 'mailpit'], {
    stdio: 'inherit',
  });
  if (up.status !== 0) throw new Error('docker compose up failed (see above)');
  for (let attempt = 0; attempt < 60; attempt++) {
    [pgOk, redisOk] = await Promise.all([postgresAnswers(databaseUrl), redisAnswers(redisUrl)]);
    if (pgOk && redisOk) return;
    await sleep(1_000);
  }
  throw new Error('services started by docker compose did not answer within 60 s');
}

/** True when the database has no users yet (fresh install), read as the BYPASSRLS platform role. */
export async function databaseIsEmpty(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('role', 'stayzr_platform', true)");
    const { rows } = await client.query('select not exists (select 1 from users) as empty');
    await client.query('commit');
    return rows[0].empty;
  } finally {
    await client.end();
  }
}

/** Runs an npm script of the repo, inheriting output; throws when it fails. */
export function runNpm(args, env = {}) {
  const result = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed with exit code ${result.status}`);
}
