import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDb,
  type Database,
  InvalidOrganizationIdError,
  TENANT_MODELS,
  TenantScopeError,
} from './client.js';
import { createTestDatabase, type TestDatabase, unscopedPool } from './testing/index.js';

describe('row-level security and withTenant', () => {
  let database: TestDatabase;
  let db: Database;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    const [a, b] = await db.withPlatform(async (tx) => [
      await tx.organization.create({ data: { slug: 'rls-a', name: 'Hotel A' } }),
      await tx.organization.create({ data: { slug: 'rls-b', name: 'Hotel B' } }),
    ]);
    orgA = a!.id;
    orgB = b!.id;
    await db.withPlatform((tx) =>
      tx.guest.createMany({
        data: [
          { organizationId: orgA, name: 'Ana A', email: 'ana@a.test' },
          { organizationId: orgA, name: 'Ben A', email: 'ben@a.test' },
          { organizationId: orgB, name: 'Cleo B', email: 'cleo@b.test' },
        ],
      }),
    );
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Raw SQL as the app role, the way a tenant transaction runs, without the Prisma guard. */
  async function asAppRole<T>(
    client: pg.PoolClient,
    organizationId: string | null,
    sql: string,
    params: unknown[] = [],
  ) {
    await client.query('begin');
    try {
      await client.query("select set_config('role', 'stayzr_app', true)");
      if (organizationId)
        await client.query("select set_config('app.organization_id', $1, true)", [organizationId]);
      const result = await client.query<T & pg.QueryResultRow>(sql, params);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  }

  it('the app role with no organization set reads nothing, on every tenant table', async () => {
    const client = await unscopedPool(db).connect();
    try {
      for (const table of ['organizations', 'guests', 'users', 'messages', 'audit_logs']) {
        const result = await asAppRole<{ n: string }>(
          client,
          null,
          `select count(*)::text as n from ${table}`,
        );
        expect(result.rows[0]?.n, table).toBe('0');
      }
    } finally {
      client.release();
    }
  });

  it('withTenant sees only the chosen organization', async () => {
    const guestsOfA = await db.withTenant(orgA, (tx) => tx.guest.findMany({ orderBy: { name: 'asc' } }));
    expect(guestsOfA.map((g) => g.name)).toEqual(['Ana A', 'Ben A']);
    const orgsSeenByB = await db.withTenant(orgB, (tx) => tx.organization.findMany());
    expect(orgsSeenByB.map((o) => o.slug)).toEqual(['rls-b']);
    // Even an explicit filter on the other organization's id finds nothing.
    const crossRead = await db.withTenant(orgB, (tx) =>
      tx.guest.findMany({ where: { organizationId: orgA } }),
    );
    expect(crossRead).toEqual([]);
  });

  it('refuses to write a row for organization B while set to A', async () => {
    await expect(
      db.withTenant(orgA, (tx) => tx.guest.create({ data: { organizationId: orgB, name: 'Intruder' } })),
    ).rejects.toThrow(/row-level security/);
    const countInB = await db.withTenant(orgB, (tx) => tx.guest.count());
    expect(countInB).toBe(1);
  });

  it('cannot move a row to another organization by update', async () => {
    await expect(
      db.withTenant(orgA, (tx) =>
        tx.guest.updateMany({ where: { email: 'ana@a.test' }, data: { organizationId: orgB } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('the setting does not leak to the next transaction on the same pooled connection', async () => {
    const single = createDb({ connectionString: database.url, max: 1 });
    try {
      expect(await single.withTenant(orgA, (tx) => tx.guest.count())).toBe(2);
      const client = await unscopedPool(single).connect();
      try {
        const { rows } = await client.query<{ org: string | null; role: string }>(
          "select nullif(current_setting('app.organization_id', true), '') as org, current_user as role",
        );
        expect(rows[0]?.org).toBeNull();
        expect(rows[0]?.role).not.toBe('stayzr_app');
        const afterwards = await asAppRole<{ n: string }>(
          client,
          null,
          'select count(*)::text as n from guests',
        );
        expect(afterwards.rows[0]?.n).toBe('0');
      } finally {
        client.release();
      }
    } finally {
      await single.close();
    }
  });

  it('opens each of many concurrent transactions in its own scope, the scope sent with BEGIN', async () => {
    const small = createDb({ connectionString: database.url, max: 3 });
    const statements: string[] = [];
    unscopedPool(small).on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const config = args[0] as { text?: string } | string;
        statements.push(typeof config === 'string' ? config : String(config?.text));
        return query(...args);
      };
    });
    const seen = (tx: Parameters<Parameters<Database['withTenant']>[1]>[0]) =>
      tx.$queryRaw<{ org: string | null; role: string }[]>`
        select nullif(current_setting('app.organization_id', true), '') as org, current_user::text as role`;
    try {
      const calls = Array.from({ length: 60 }, async (_, index) => {
        // Waiting a little inside some transactions interleaves them on the 3 connections.
        const pauseThenLook = async (tx: Parameters<typeof seen>[0]) => {
          await new Promise((resolve) => setTimeout(resolve, index % 7));
          return seen(tx);
        };
        if (index % 5 === 4) {
          const [row] = await small.withPlatform(pauseThenLook);
          return { expected: { org: null, role: 'stayzr_platform' }, actual: row };
        }
        const org = index % 2 ? orgA : orgB;
        const isolation = index % 3 === 0 ? { isolationLevel: 'Serializable' as const } : undefined;
        const [row] = await small.withTenant(org, pauseThenLook, isolation);
        return { expected: { org, role: 'stayzr_app' }, actual: row };
      });
      for (const { expected, actual } of await Promise.all(calls)) expect(actual).toEqual(expected);
      // One round trip opens a transaction and sets its scope (the connection adds it to BEGIN), unless
      // an isolation level has to come first: only those 16 send the scope as a statement of its own.
      expect(statements.filter((sql) => sql === 'BEGIN')).toHaveLength(60);
      expect(statements.filter((sql) => sql.startsWith('select set_config'))).toHaveLength(16);
    } finally {
      await small.close();
    }
  });

  it('runTenantPipeline runs its statements as the app role in the organization, all or nothing', async () => {
    const [counted] = await db.runTenantPipeline(orgB, [
      { text: 'select count(*)::text as n, current_user::text as role from guests', values: [] },
    ]);
    expect(counted).toEqual([{ n: '1', role: 'stayzr_app' }]);
    // Parameters are bound, and a later statement sees the earlier one's write.
    const quote = `O'Brien; drop table guests; --`;
    const [renamed, seen] = await db.runTenantPipeline(orgA, [
      { text: 'update guests set name = $1 where email = $2 returning name', values: [quote, 'ben@a.test'] },
      { text: 'select name from guests where email = $1', values: ['ben@a.test'] },
    ]);
    expect(renamed).toEqual([{ name: quote }]);
    expect(seen).toEqual([{ name: quote }]);
    await expect(
      db.runTenantPipeline(orgA, [
        {
          text: 'update guests set name = $1 where email = $2 returning id',
          values: ['Moved', 'cleo@b.test'],
        },
      ]),
    ).resolves.toEqual([[]]);
    // The second statement fails: the first one's write is rolled back with it.
    await expect(
      db.runTenantPipeline(orgA, [
        { text: 'update guests set name = $1 where email = $2', values: ['Renamed', 'ana@a.test'] },
        { text: 'select 1 / $1::int', values: [0] },
      ]),
    ).rejects.toThrow(/division by zero/);
    const names = await db.withPlatform((tx) =>
      tx.guest.findMany({
        where: { email: { in: ['ana@a.test', 'ben@a.test', 'cleo@b.test'] } },
        select: { name: true },
        orderBy: { email: 'asc' },
      }),
    );
    expect(names.map((guest) => guest.name)).toEqual(['Ana A', quote, 'Cleo B']);
    await db.withPlatform((tx) =>
      tx.guest.updateMany({ where: { email: 'ben@a.test' }, data: { name: 'Ben A' } }),
    );
    // The connection is usable again after the failed pipeline, and the scope did not outlive it.
    const single = createDb({ connectionString: database.url, max: 1 });
    try {
      await expect(
        single.runTenantPipeline(orgA, [{ text: 'select 1 / $1::int', values: [0] }]),
      ).rejects.toThrow(/division by zero/);
      const [after] = await single.runTenantPipeline(orgA, [
        { text: 'select count(*)::int as n from guests', values: [] },
      ]);
      expect(after).toEqual([{ n: 2 }]);
      // Each text is prepared once per connection and reused, each time in its own organization.
      for (const [organizationId, expected] of [
        [orgB, 1],
        [orgA, 2],
        [orgB, 1],
        [orgA, 2],
        [orgB, 1],
        [orgA, 2],
        [orgB, 1],
      ] as const) {
        const [rows] = await single.runTenantPipeline(organizationId, [
          { text: 'select count(*)::int as n from guests', values: [] },
        ]);
        expect(rows).toEqual([{ n: expected }]);
      }
      const prepared = await unscopedPool(single).query<{ n: number }>(
        "select count(*)::int as n from pg_prepared_statements where name like 'stayzr_%'",
      );
      expect(prepared.rows).toEqual([{ n: 2 }]);
      const outside = await unscopedPool(single).query<{ role: string; org: string | null }>(
        "select current_user::text as role, current_setting('app.organization_id', true) as org",
      );
      expect(outside.rows[0]?.role).not.toBe('stayzr_app');
      expect(outside.rows[0]?.org ?? '').toBe('');
    } finally {
      await single.close();
    }
    await expect(db.runTenantPipeline('not-a-uuid', [])).rejects.toThrow(InvalidOrganizationIdError);
  });

  it('groups concurrent grouped pipelines into one transaction, and a failing one fails alone', async () => {
    const tag = (index: number) => `grouped-${index}@a.test`;
    const insert = (index: number) =>
      db.runGroupedTenantPipeline(orgA, [
        {
          text: `insert into guests (id, organization_id, email, created_at, updated_at)
                 values (gen_random_uuid(), current_setting('app.organization_id')::uuid, $1, now(), now())
                 returning email`,
          values: [tag(index)],
        },
        { text: 'select count(*)::int as n from guests where email = $1', values: [tag(index)] },
      ]);
    const expected = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => [[{ email: tag(from + index) }], [{ n: 1 }]]);
    // One batch that commits: each caller gets its own statements' rows.
    expect(await Promise.all([0, 1, 2].map(insert))).toEqual(expected(0, 3));
    // One batch with a failing entry: rolled back, then every entry runs on its own.
    const failing = db.runGroupedTenantPipeline(orgA, [{ text: 'select 1 / $1::int', values: [0] }]).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(await Promise.all([3, 4, 5].map(insert))).toEqual(expected(3, 6));
    expect(await failing).toMatch(/division by zero/);
    const stored = await db.withPlatform((tx) =>
      tx.guest.count({ where: { organizationId: orgA, email: { startsWith: 'grouped-' } } }),
    );
    expect(stored).toBe(6);
    await db.withPlatform((tx) => tx.guest.deleteMany({ where: { email: { startsWith: 'grouped-' } } }));
  });

  it('survives an idle connection being terminated, reports it, and serves the next query', async () => {
    const lost: Error[] = [];
    const small = createDb({
      connectionString: database.url,
      max: 1,
      onIdleConnectionError: (error) => lost.push(error),
    });
    try {
      const [{ pid }] = (await unscopedPool(small).query<{ pid: number }>('select pg_backend_pid() as pid'))
        .rows as [{ pid: number }];
      await unscopedPool(db).query('select pg_terminate_backend($1)', [pid]);
      await expect.poll(() => lost.length).toBe(1);
      expect(lost[0]?.message).toMatch(/terminat/i);
      const rows = await small.runTenantPipeline(orgA, [
        { text: 'select count(*)::text as n from guests', values: [] },
      ]);
      expect(rows).toEqual([[{ n: '2' }]]);
    } finally {
      await small.close();
    }
  });

  it('every table with organization_id has forced RLS and a policy', async () => {
    const { rows } = await unscopedPool(db).query<{
      table: string;
      rls: boolean;
      forced: boolean;
      policies: number;
    }>(`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policies p where p.tablename = c.relname) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
                     where col.table_schema = 'public' and col.table_name = c.relname
                       and col.column_name = 'organization_id')
             or c.relname = 'organizations')
        and c.relname <> 'billing_events'`);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      expect({ table: row.table, rls: row.rls, forced: row.forced }).toEqual({
        table: row.table,
        rls: true,
        forced: true,
      });
      expect(row.policies, row.table).toBeGreaterThan(0);
    }
  });

  it('the Prisma client refuses tenant models outside a scope', async () => {
    await expect(db.client.guest.findMany()).rejects.toThrow(TenantScopeError);
    expect(TENANT_MODELS.has('Guest')).toBe(true);
  });

  it('rejects an organization id that is not a uuid before touching the database', async () => {
    await expect(db.withTenant("x' or 1=1 --", (tx) => tx.guest.count())).rejects.toThrow(
      InvalidOrganizationIdError,
    );
  });
});
