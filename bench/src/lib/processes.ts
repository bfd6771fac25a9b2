import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progress, sleep, waitUntil } from './log.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `source`: TypeScript through tsx (always the code in the work tree); `dist`: the `npm run build` output. */
export type Runtime = 'source' | 'dist';

const ENTRY: Record<'server' | 'worker', Record<Runtime, string[]>> = {
  server: {
    source: ['--import', 'tsx', '--conditions=@stayzr/source', 'apps/server/src/main.ts'],
    dist: ['apps/server/dist/main.js'],
  },
  worker: {
    source: ['--import', 'tsx', '--conditions=@stayzr/source', 'apps/worker/src/main.ts'],
    dist: ['apps/worker/dist/main.js'],
  },
};

/** Newest modification time of the files under `dir` whose name passes `keep` (0 when none). */
function newestMtime(dir: string, keep: (name: string) => boolean): number {
  let newest = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (keep(entry)) newest = Math.max(newest, statSync(join(dir, entry)).mtimeMs);
  }
  return newest;
}

/**
 * `dist` when every package the server and worker load was built after its last source change (no
 * loader, as in production, and a faster start); otherwise `source`, so the work tree is what is measured.
 */
export function pickRuntime(): { runtime: Runtime; reason: string } {
  const stale = ['apps/server', 'apps/worker', 'packages/shared', 'prisma'].filter((pkg) => {
    const source = newestMtime(
      join(REPO_ROOT, pkg, 'src'),
      (name) => name.endsWith('.ts') && !name.includes('.test.'),
    );
    const built = newestMtime(join(REPO_ROOT, pkg, 'dist'), (name) => name.endsWith('.js'));
    return built === 0 || source > built;
  });
  return stale.length
    ? { runtime: 'source', reason: `dist is older than the sources of ${stale.join(', ')}` }
    : { runtime: 'dist', reason: 'dist is up to date with the sources' };
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Resident set size of a process, from /proc (Linux). */
export function rssBytes(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time (ms) in a /proc/<pid>/stat line. */
function statCpuMs(stat: string): number | null {
  // Fields after the command name (which may hold spaces) start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : null;
}

/** CPU time (user + system) a process has used so far, from /proc (Linux), in milliseconds. */
export function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** A server or worker process started by the harness; its stderr is kept to explain a failure. */
export class AppProcess {
  private readonly output: string[] = [];
  private exited: number | null = null;

  private constructor(
    readonly name: 'server' | 'worker',
    private readonly child: ChildProcess,
  ) {
    running.add(child);
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString('utf8'));
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code) => {
      this.exited = code ?? -1;
      running.delete(child);
    });
  }

  static spawn(
    name: 'server' | 'worker',
    runtime: Runtime,
    env: Record<string, string>,
    nodeArgs: string[] = [],
  ): AppProcess {
    const child = spawn(process.execPath, [...nodeArgs, ...ENTRY[name][runtime]], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(name, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  rss(): number | null {
    return rssBytes(this.child.pid);
  }

  cpuMs(): number | null {
    return cpuMs(this.child.pid);
  }

  /** The last lines it printed (warnings and errors: LOG_LEVEL=warn). */
  tail(lines = 20): string {
    return this.output.join('').split('\n').slice(-lines).join('\n');
  }

  async waitReady(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    await waitUntil(
      async () => {
        if (this.exited !== null) throw new Error(`${this.name} exited (${this.exited}):\n${this.tail()}`);
        return check().catch(() => false);
      },
      timeoutMs,
      `the ${this.name} to be ready`,
      200,
    );
  }

  async stop(): Promise<void> {
    if (this.exited !== null) return;
    this.child.kill('SIGTERM');
    for (let waited = 0; waited < 15_000 && this.exited === null; waited += 100) await sleep(100);
    if (this.exited === null) {
      progress(this.name, 'did not stop within 15 s of SIGTERM: killing it');
      this.child.kill('SIGKILL');
    }
  }
}

/** CPU time so far (ms) of each process whose command name is `command` (e.g. every PostgreSQL backend), by pid. */
function cpuMsByPid(command: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ms = name === command ? statCpuMs(stat) : null;
      if (ms !== null) byPid.set(Number(entry), ms);
    } catch {
      // The process ended meanwhile.
    }
  }
  return byPid;
}

/**
 * CPU used between two snapshots by the processes alive at the second: a process started meanwhile
 * counts from zero; one that ended meanwhile is missed (an undercount, never a negative figure).
 */
function cpuMsBetween(start: Map<number, number>, end: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of end) total += Math.max(0, ms - (start.get(pid) ?? 0));
  return total;
}

/** Busy CPU time of the whole machine so far (ms, all CPUs), from /proc/stat. */
function machineBusyMs(): number {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const ticks = (line ?? '').split(/\s+/).slice(1).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0);
  return ((total - idle) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export type CpuShares = Record<'server' | 'worker' | 'harness' | 'postgres' | 'redis' | 'machine', number>;

/**
 * Where the machine's CPU went between construction and perItem(): the app processes, this harness,
 * all PostgreSQL and Redis processes, and the machine as a whole (which includes everything else).
 */
export class CpuAccount {
  private readonly start: CpuShares;
  private readonly startPostgres = cpuMsByPid('postgres');
  private readonly startRedis = cpuMsByPid('redis-server');

  constructor(private readonly apps: { server?: AppProcess; worker?: AppProcess }) {
    this.start = this.read();
  }

  private read(): CpuShares {
    const harness = process.cpuUsage();
    return {
      server: this.apps.server?.cpuMs() ?? 0,
      worker: this.apps.worker?.cpuMs() ?? 0,
      harness: (harness.user + harness.system) / 1000,
      postgres: 0,
      redis: 0,
      machine: machineBusyMs(),
    };
  }

  /** CPU ms per item (message) since construction, for each share. */
  perItem(items: number): CpuShares {
    const end = this.read();
    const used: CpuShares = {
      server: end.server - this.start.server,
      worker: end.worker - this.start.worker,
      harness: end.harness - this.start.harness,
      postgres: cpuMsBetween(this.startPostgres, cpuMsByPid('postgres')),
      redis: cpuMsBetween(this.startRedis, cpuMsByPid('redis-server')),
      machine: end.machine - this.start.machine,
    };
    const per = (key: keyof CpuShares) =>
      items > 0 ? Math.round((used[key] / items) * 1000) / 1000 : Number.NaN;
    return {
      server: per('server'),
      worker: per('worker'),
      harness: per('harness'),
      postgres: per('postgres'),
      redis: per('redis'),
      machine: per('machine'),
    };
  }
}

/** `machine 2.4 (server 1.0, PostgreSQL 0.9, …)`: CPU ms per item, for progress lines and notes. */
export const cpuText = (cpu: CpuShares): string =>
  `machine ${cpu.machine} (server ${cpu.server}, PostgreSQL ${cpu.postgres}, harness ${cpu.harness}, Redis ${cpu.redis}, worker ${cpu.worker})`;

/** The median of each share over the runs. */
export function medianCpuShares(runs: readonly CpuShares[]): CpuShares {
  const median = (key: keyof CpuShares) => {
    const values = runs.map((run) => run[key]).sort((a, b) => a - b);
    return values[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
  };
  return {
    server: median('server'),
    worker: median('worker'),
    harness: median('harness'),
    postgres: median('postgres'),
    redis: median('redis'),
    machine: median('machine'),
  };
}
