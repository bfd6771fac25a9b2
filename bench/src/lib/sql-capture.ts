import { createDb, type Database } from '@stayzr/db';
import { unscopedPool } from '@stayzr/db/testing';
import { createLogger, createServiceDeps, type ServiceDeps } from '@stayzr/shared/server';
import type { Redis } from 'ioredis';
import type pg from 'pg';

export interface CapturedStatement {
  text: string;
  values: unknown[];
}

type QueryArgs = [
  config: string | { text: string; values?: unknown[] },
  values?: unknown,
  callback?: unknown,
];

/**
 * The product's own services, run in this process on a client whose every statement is recorded:
 * what SQL (and how many round trips) a request costs, and the exact statements a pg baseline replays.
 */
export class SqlCapture {
  readonly db: Database;
  readonly deps: ServiceDeps;
  private recording: CapturedStatement[] | null = null;

  /** `twilioApiBaseUrl`: the fake Twilio, so a captured delivery never leaves 127.0.0.1. */
  constructor(url: string, redis: Redis, redisPrefix: string, twilioApiBaseUrl?: string) {
    this.db = createDb({ connectionString: url, max: 2 });
    unscopedPool(this.db).on('connect', (client: pg.PoolClient) => {
      const original = client.query.bind(client) as (...args: QueryArgs) => unknown;
      const patched = (...args: QueryArgs) => {
        const [config, values] = args;
        const text = typeof config === 'string' ? config : config.text;
        const params = Array.isArray(values)
          ? values
          : typeof config === 'string'
            ? []
            : (config.values ?? []);
        this.recording?.push({ text, values: params });
        return original(...args);
      };
      (client as unknown as { query: typeof patched }).query = patched;
    });
    this.deps = createServiceDeps(
      {
        NODE_ENV: 'test',
        REDIS_PREFIX: redisPrefix,
        PUBLIC_URL: 'http://127.0.0.1',
        TWILIO_API_BASE_URL: twilioApiBaseUrl,
      },
      { db: this.db, redis, logger: createLogger({ name: 'bench-capture', level: 'silent' }) },
    );
  }

  async record<T>(fn: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
    this.recording = [];
    try {
      const result = await fn();
      return { result, statements: this.recording };
    } finally {
      this.recording = null;
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Statements as one line each, for the JSON evidence. */
export const describeStatements = (statements: CapturedStatement[]): string[] =>
  statements.map((statement) => statement.text.replace(/\s+/g, ' ').trim());
