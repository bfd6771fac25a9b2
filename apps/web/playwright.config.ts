import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The local SMS sandbox (a fake Twilio REST API) that the worker sends replies to; e2e/inbox.spec.ts reads
// what it received and it posts signed delivery callbacks back to the server.
const smsSandboxPort = Number(process.env.E2E_SMS_SANDBOX_PORT ?? 4011);
const smsSandboxUrl = `http://127.0.0.1:${smsSandboxPort}`;
// The local mail sandbox (an SMTP sink) the server emails invitations to; e2e/team.spec.ts reads what it
// received at its HTTP port.
const mailSandboxSmtpPort = Number(process.env.E2E_MAIL_SANDBOX_SMTP_PORT ?? 4025);
const mailSandboxPort = Number(process.env.E2E_MAIL_SANDBOX_PORT ?? 4013);
const mailSandboxUrl = `http://127.0.0.1:${mailSandboxPort}`;

const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  // The suite runs the real server against a database it may write to, so it never guesses one.
  throw new Error(
    'E2E_DATABASE_URL is not set: point it at a disposable database, e.g. postgresql://postgres@127.0.0.1:5432/stayzr_e2e',
  );
}

// What the server and the worker share: the same database, their own Redis prefix (queues and event streams
// of other runs on this machine stay apart), callbacks to this server and sends to the sandbox.
const backendEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: process.env.E2E_REDIS_PREFIX ?? `stayzr-e2e-${process.pid}`,
  PUBLIC_URL: baseURL,
  WEB_URL: baseURL,
  TWILIO_API_BASE_URL: smsSandboxUrl,
  SMTP_URL: `smtp://127.0.0.1:${mailSandboxSmtpPort}`,
  LOG_LEVEL: 'warn',
  // Production refuses to start without a key. `npm run db:seed` (NODE_ENV=test) seals the demo channel
  // credentials with the public development key, so the e2e server must open them with that same key.
  APP_ENCRYPTION_KEY: process.env.APP_ENCRYPTION_KEY ?? 'stayzr-development-only-encryption-key',
};

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  // Each test signs in for real (argon2 on the server, the whole bundle in a GPU-less Chromium): on a busy
  // 2-CPU machine a multi-step test can pass 30 s without anything being wrong. Assertions keep their 5 s.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? 'test-results/e2e.json' }],
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium (`npm test` passes the one it found): Playwright's own browser download is not
      // reachable here, and never needed.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      name: 'sms-sandbox',
      command: `node --import tsx --conditions=@stayzr/source ../../packages/testing/src/sms-sandbox.ts ${smsSandboxPort}`,
      url: `${smsSandboxUrl}/sandbox/messages`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'mail-sandbox',
      command: `node --import tsx --conditions=@stayzr/source ../../packages/testing/src/mail-sandbox.ts ${mailSandboxSmtpPort} ${mailSandboxPort}`,
      url: `${mailSandboxUrl}/sandbox/mail`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The production build of the server, which also serves apps/web/dist with an SPA fallback: the same
      // path a hotel's browser takes. Run `npm run build` at the repo root first. Runs from this directory.
      name: 'server',
      command: 'node ../server/dist/main.js',
      url: `${baseURL}/healthz`,
      env: { ...backendEnv, PORT: String(port) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Deliveries (replies to the SMS sandbox) and maintenance jobs. No HTTP port: ready once it says so.
      name: 'worker',
      command: 'node ../worker/dist/main.js',
      wait: { stdout: /Stayzr worker started/ },
      env: { ...backendEnv, LOG_LEVEL: 'info' },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
