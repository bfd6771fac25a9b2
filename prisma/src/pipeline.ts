import { createHash } from 'node:crypto';
import pg from 'pg';

/** A parameterised statement: `$1`… in `text`, bound to `values` (strings, numbers, booleans or null). */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

function wireValue(value: unknown): string | Buffer | null {
  if (value === null || value === undefined) return null;
  // Dates go as UTC ISO text: a timestamp(3) column keeps the UTC wall time, as Prisma writes it.
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

type Connection = {
  parse(config: { text: string; name?: string; types?: number[] }): void;
  bind(config: { statement?: string; values: (string | Buffer | null)[] }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string }): void;
  sync(): void;
};

/** Statements a connection has prepared (by name), kept while the connection lives. */
const preparedOn = new WeakMap<object, Set<string>>();
/** Beyond this many on one connection, new texts run unnamed (parsed and planned each time). */
const MAX_PREPARED_PER_CONNECTION = 100;
const names = new Map<string, string>();

/** A stable name per statement text (our statements are templates: only their values vary). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `stayzr_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < 1000) names.set(text, name);
  }
  return name;
}

/**
 * Statements sent in one write with the extended protocol and a single Sync: PostgreSQL runs them in
 * order in one implicit transaction (committed at the Sync, all rolled back if one fails), and the
 * process waits for one answer. Locks they take are held only while PostgreSQL runs them, never while
 * it waits for this process. Parameters are bound, never spliced into the text.
 *
 * Each text is prepared once per connection (a named statement), so PostgreSQL parses it and
 * applies the row-level security policies once, not on every message.
 */
class PipelinedQuery extends pg.Query {
  private readonly statements: readonly Statement[];

  constructor(statements: readonly Statement[], callback: (error: Error | null, results: unknown) => void) {
    const last = statements[statements.length - 1];
    super({ text: last?.text ?? '', queryMode: 'extended', callback } as pg.QueryConfig);
    this.statements = statements;
  }

  // Called by pg.Query#submit with the stream corked, so every message goes out in one write.
  prepare(connection: Connection): void {
    let prepared = preparedOn.get(connection);
    if (!prepared) {
      prepared = new Set();
      preparedOn.set(connection, prepared);
    }
    for (const statement of this.statements) {
      let name = statementName(statement.text);
      if (!prepared.has(name)) {
        if (prepared.size < MAX_PREPARED_PER_CONNECTION) prepared.add(name);
        else name = '';
        connection.parse({ text: statement.text, name, types: [] });
      }
      connection.bind({ statement: name, values: statement.values.map(wireValue) });
      connection.describe({ type: 'P', name: '' });
      connection.execute({ portal: '' });
    }
    connection.sync();
  }
}

/**
 * Runs `statements` as one pipelined implicit transaction on a pooled connection; rows per statement.
 * A failed pipeline may have skipped some of the statements it meant to prepare: its connection is
 * closed instead of reused, so no later pipeline binds a statement that does not exist.
 */
export async function runPipeline(
  pool: pg.Pool,
  statements: readonly Statement[],
): Promise<pg.QueryResultRow[][]> {
  if (statements.length === 0) return [];
  const client = await pool.connect();
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(statements, (error, results) => {
      client.release(error ?? undefined);
      if (error) return reject(error);
      const list = (Array.isArray(results) ? results : [results]) as pg.QueryResult[];
      resolve(statements.map((_, index) => list[index]?.rows ?? []));
    });
    client.query(query as unknown as pg.QueryConfig);
  });
}

/**
 * A Statement from a template: each `${value}` becomes the next `$n` parameter, never text in the SQL.
 * Named apart from Prisma's `Prisma.sql` on purpose: this one builds pipeline statements (plain text and
 * values for runPipeline), which Prisma's `$queryRaw` does not accept, and the other way round.
 * Identifiers cannot be parameters: splice those with `pipelineFragment` from a fixed list only.
 */
export function pipelineSql(strings: TemplateStringsArray, ...values: unknown[]): Statement {
  let text = strings[0] ?? '';
  const bound: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof PipelineFragment) text += value.text;
    else {
      bound.push(value);
      text += `$${bound.length}`;
    }
    text += strings[index + 1] ?? '';
  });
  return { text, values: bound };
}

/** Constant SQL text (a column name picked from a fixed list) to splice into `pipelineSql`. */
export class PipelineFragment {
  constructor(readonly text: string) {}
}
export const pipelineFragment = (text: string): PipelineFragment => new PipelineFragment(text);

const SAFE_LITERAL_RE = /^[0-9A-Za-z_-]*$/;

/**
 * The statement's text with its `$n` parameters written as quoted literals, for the two places that
 * must use the simple protocol because it carries several statements in one message, which takes no
 * parameters: a scoped transaction's BEGIN and the session lookup. Only values of letters, digits,
 * `_` and `-` (role names, uuids, hex digests, the empty string) are accepted, so no quoting rule can
 * be got wrong: anything else throws instead of reaching the text.
 */
export function inlineParameters(statement: Statement): string {
  return statement.text.replace(/\$(\d+)/g, (_, position: string) => {
    const value = statement.values[Number(position) - 1];
    if (typeof value !== 'string' || !SAFE_LITERAL_RE.test(value)) {
      throw new Error(`parameter $${position} cannot be inlined into a simple-protocol statement`);
    }
    return `'${value}'`;
  });
}

interface PendingEntry {
  statements: readonly Statement[];
  resolve(rows: pg.QueryResultRow[][]): void;
  reject(error: unknown): void;
}

/**
 * Group commit for one organization's small idempotent writes: entries queued while a batch is in
 * flight (or within the same event-loop turn) go to PostgreSQL together as one pipelined transaction,
 * so a burst of webhooks costs one round trip and one commit per batch instead of one per message.
 * Each caller still gets its own statements' rows, and only after the batch committed. If the batch
 * fails (one entry's error, or a deadlock), every entry runs again on its own, so one bad entry fails
 * alone and nothing is lost; entries must therefore be safe to run twice after a rollback.
 */
export class PipelineGrouper {
  private readonly queues = new Map<string, { entries: PendingEntry[]; busy: boolean }>();

  constructor(
    private readonly run: (key: string, statements: readonly Statement[]) => Promise<pg.QueryResultRow[][]>,
    private readonly maxEntries = 64,
  ) {}

  enqueue(key: string, statements: readonly Statement[]): Promise<pg.QueryResultRow[][]> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { entries: [], busy: false };
        this.queues.set(key, queue);
      }
      queue.entries.push({ statements, resolve, reject });
      if (!queue.busy) {
        queue.busy = true;
        setImmediate(() => void this.drain(key));
      }
    });
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key);
    if (!queue) return;
    try {
      while (queue.entries.length > 0) {
        const batch = queue.entries.splice(0, this.maxEntries);
        await this.runBatch(key, batch);
      }
    } finally {
      // Never left busy: later entries would wait forever. (runBatch settles every entry it took.)
      queue.busy = false;
      if (queue.entries.length === 0) this.queues.delete(key);
      else {
        queue.busy = true;
        setImmediate(() => void this.drain(key));
      }
    }
  }

  private async runBatch(key: string, batch: PendingEntry[]): Promise<void> {
    if (batch.length === 1) {
      const [entry] = batch as [PendingEntry];
      await this.run(key, entry.statements).then(entry.resolve, entry.reject);
      return;
    }
    let rows: pg.QueryResultRow[][];
    try {
      rows = await this.run(
        key,
        batch.flatMap((entry) => entry.statements),
      );
    } catch {
      await Promise.all(
        batch.map((entry) => this.run(key, entry.statements).then(entry.resolve, entry.reject)),
      );
      return;
    }
    let offset = 0;
    for (const entry of batch) {
      entry.resolve(rows.slice(offset, offset + entry.statements.length));
      offset += entry.statements.length;
    }
  }
}
