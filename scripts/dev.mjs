// `npm run dev`: Postgres + Redis up, database migrated (and seeded when empty), then server, worker
// and web with reload, and the URL and demo logins printed.
import { spawn } from 'node:child_process';
import {
  DEFAULT_DATABASE_URL,
  DEFAULT_REDIS_URL,
  databaseIsEmpty,
  ensureServices,
  runNpm,
} from './lib/services.mjs';

const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
const port = process.env.PORT || '3000';
// Outbound SMS go to the local sandbox unless a real Twilio (or another fake) is configured.
const smsSandbox = !process.env.TWILIO_API_BASE_URL;
// Invitations are emailed to the local mail sandbox unless a real relay is configured.
const mailSandbox = !process.env.SMTP_URL;
const env = {
  ...process.env,
  ...(smsSandbox ? { TWILIO_API_BASE_URL: 'http://127.0.0.1:4010' } : {}),
  ...(mailSandbox ? { SMTP_URL: 'smtp://127.0.0.1:1025' } : {}),
  // Links people open (invitations) go to the Vite dev server, not to the API's port.
  WEB_URL: process.env.WEB_URL || 'http://localhost:5173',
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  PORT: port,
  NODE_ENV: 'development',
  TURBO_TELEMETRY_DISABLED: '1',
};

try {
  await ensureServices({ databaseUrl, redisUrl });
  runNpm(['run', 'db:migrate', '--silent'], env);
  if (await databaseIsEmpty(databaseUrl)) runNpm(['run', 'db:seed', '--silent'], env);
} catch (error) {
  console.error(`\nnpm run dev: ${error.message}`);
  process.exit(1);
}

const banner = `
  Stayzr is starting.
    Web app   http://localhost:5173
    API       http://localhost:${port}  (tRPC /trpc, webhooks /webhooks, /readyz)

  Demo logins (password: stayzr-demo-2026)
    admin@stayzr.test      super admin (switch into any hotel)
    manager@aurora.test    org admin, Hotel Aurora (professional)
    frontdesk@aurora.test  front desk, Hotel Aurora
    manager@seaside.test   org admin, Seaside Inn (starter)

  Outbound SMS ${smsSandbox ? 'go to the local sandbox: http://127.0.0.1:4010/sandbox/messages' : `go to ${process.env.TWILIO_API_BASE_URL}`}
  Invitations  ${mailSandbox ? 'are emailed to the local sandbox: http://127.0.0.1:4012/sandbox/mail' : 'are emailed through SMTP_URL'}
  Try an inbound SMS:  npm run simulate -- sms +447400123456 "Can I check in early?"
`;
console.log(banner);

const processes = [
  ['server', 'blue', 'npm run dev -w @stayzr/server'],
  ['worker', 'magenta', 'npm run dev -w @stayzr/worker'],
  ['web', 'green', 'npm run dev -w @stayzr/web'],
  ...(smsSandbox ? [['sms', 'gray', 'npm run sms-sandbox -w @stayzr/testing']] : []),
  ...(mailSandbox ? [['mail', 'gray', 'npm run mail-sandbox -w @stayzr/testing']] : []),
];
const child = spawn(
  'npx',
  [
    'concurrently',
    '--kill-others-on-fail',
    '--names',
    processes.map(([name]) => name).join(','),
    '--prefix-colors',
    processes.map(([, colour]) => colour).join(','),
    ...processes.map(([, , command]) => command),
  ],
  { stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
