import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export async function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface TestProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Spawns a command and resolves once its output contains `readyText` (rejects if it exits first). */
export async function spawnUntil(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; readyText: string },
): Promise<TestProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes(options.readyText)) {
        clearInterval(check);
        resolve();
      }
    }, 20);
    void exited.then(() => {
      clearInterval(check);
      reject(new Error(`${command} exited before "${options.readyText}":\n${output}`));
    });
  });
  return { child, output: () => output, exited };
}

/** SIGTERM, then how the process ended: its exit code (or 'still running' after `waitMs`) and how long it took. */
export async function terminate(
  process: TestProcess,
  waitMs = 5_000,
): Promise<{ code: number | null | 'still running'; ms: number }> {
  const startedAt = Date.now();
  process.child.kill('SIGTERM');
  const code = await Promise.race([
    process.exited,
    new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), waitMs)),
  ]);
  if (code === 'still running') process.child.kill('SIGKILL');
  return { code, ms: Date.now() - startedAt };
}

/** A redis-server of the test's own (no persistence), so a test can kill it under a running process. */
export async function startRedisServer(): Promise<{ url: string; kill(): Promise<void> }> {
  const port = await freeTcpPort();
  const redis = await spawnUntil(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      readyText: 'Ready to accept connections',
    },
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      if (redis.child.exitCode === null && redis.child.signalCode === null) redis.child.kill('SIGKILL');
      await redis.exited;
    },
  };
}
