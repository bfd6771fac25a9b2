// `npm start`: the production build (server serving the built web app, and the worker).
// Run `npm run build` first; migrations are applied here so a new release starts on a current schema.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, ensureServices, runNpm } from './lib/services.mjs';

const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL || DEFAULT_REDIS_URL,
};

for (const built of ['apps/server/dist/main.js', 'apps/worker/dist/main.js', 'apps/web/dist/index.html']) {
  if (!existsSync(built)) {
    console.error(`npm start: ${built} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
try {
  await ensureServices({ databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL });
  runNpm(['run', 'db:migrate', '--silent'], env);
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const children = [
  spawn(process.execPath, ['apps/server/dist/main.js'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['apps/worker/dist/main.js'], { stdio: 'inherit', env }),
];
let exiting = false;
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on('exit', (code) => {
    if (!exiting) {
      exiting = true;
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
