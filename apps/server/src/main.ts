import { parseEnvOrExit } from '@stayzr/shared/server';
import { buildApp } from './app.js';
import { createServerDeps, StartupError } from './deps.js';
import { ZServerEnv } from './env.js';

const env = parseEnvOrExit(ZServerEnv);

async function main(): Promise<void> {
  const deps = await createServerDeps(env);
  const app = await buildApp(deps);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const forceExit = setTimeout(() => {
      app.log.error('graceful shutdown timed out after 10 s');
      process.exit(1);
    }, 10_000);
    forceExit.unref();
    await app.close();
    await deps.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: env.PORT, host: env.HOST });
  app.log.info(`Stayzr server listening on ${env.PUBLIC_URL} (bound to ${env.HOST}:${env.PORT})`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof StartupError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`stayzr server failed to start: ${message}\n`);
  process.exit(1);
});
