import type pg from 'pg';

/**
 * Samples what the run's database sessions are waiting on (pg_stat_activity), to show lock contention
 * (`Lock/transactionid`, `Lock/tuple`), commit flushes (`IO/WALSync`) or idle-in-transaction time
 * (`Client/ClientRead`: the application holds a transaction open between statements).
 */
export class PgWaitSampler {
  private readonly counts = new Map<string, number>();
  private samples = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly database: string,
  ) {}

  start(intervalMs = 100): void {
    const sample = async () => {
      const { rows } = await this.pool.query<{ state: string; wait: string | null; n: number }>(
        `select state, wait_event_type || '/' || wait_event as wait, count(*)::int as n
         from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and state <> 'idle'
         group by 1, 2`,
        [this.database],
      );
      this.samples++;
      for (const row of rows) {
        const key = `${row.state}: ${row.wait ?? 'on CPU'}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + row.n);
      }
    };
    this.timer = setInterval(() => void sample().catch(() => undefined), intervalMs);
  }

  /** Average number of sessions in each state / wait, heaviest first. */
  stop(): { samples: number; averageSessions: Record<string, number> } {
    if (this.timer) clearInterval(this.timer);
    const averageSessions = Object.fromEntries(
      [...this.counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, total]) => [key, Math.round((total / Math.max(1, this.samples)) * 100) / 100]),
    );
    return { samples: this.samples, averageSessions };
  }
}
