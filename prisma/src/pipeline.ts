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
  bind(config: { values: (string | Buffer | null)[] }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string }): void;
  sync(): void;
  stream: { cork?: () => void; uncork?: () => void };
};

/**
 * Statements sent in one write with the extended protocol and a single Sync: PostgreSQL runs them in
 * order in one implicit transaction (committed at the Sync, all rolled back if one fails), and the
 * process waits for one answer. Locks they take are held only while PostgreSQL runs them, never while
 * it waits for this process. Parameters are bound, never spliced into the text.
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
    for (const statement of this.statements) {
      connection.parse({ text: statement.text, types: [] });
      connection.bind({ values: statement.values.map(wireValue) });
      connection.describe({ type: 'P', name: '' });
      connection.execute({ portal: '' });
    }
    connection.sync();
  }
}

/** Runs `statements` as one pipelined implicit transaction on a pooled connection; rows per statement. */
export async function runPipeline(
  pool: pg.Pool,
  statements: readonly Statement[],
): Promise<pg.QueryResultRow[][]> {
  if (statements.length === 0) return [];
  const client = await pool.connect();
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(statements, (error, results) => {
      client.release(error && !(error instanceof pg.DatabaseError) ? error : undefined);
      if (error) return reject(error);
      const list = (Array.isArray(results) ? results : [results]) as pg.QueryResult[];
      resolve(statements.map((_, index) => list[index]?.rows ?? []));
    });
    client.query(query as unknown as pg.QueryConfig);
  });
}

/**
 * A Statement from a template: each `${value}` becomes the next `$n` parameter, never text in the SQL.
 * Identifiers cannot be parameters: splice those with `sqlFragment` from a fixed list only.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Statement {
  let text = strings[0] ?? '';
  const bound: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof SqlFragment) text += value.text;
    else {
      bound.push(value);
      text += `$${bound.length}`;
    }
    text += strings[index + 1] ?? '';
  });
  return { text, values: bound };
}

/** Constant SQL text (a column name picked from a fixed list) to splice into `sql`. */
export class SqlFragment {
  constructor(readonly text: string) {}
}
export const sqlFragment = (text: string): SqlFragment => new SqlFragment(text);
