import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import * as boundaries from './check-boundaries.mjs';

const { findDbImports, findSqlOutsideQueries, findTestingInProduction, findViolations } = boundaries;

const find = findViolations as (root?: string) => string[];
const findSql = findSqlOutsideQueries as (roots?: string[], base?: string) => string[];
const findTesting = findTestingInProduction as (base?: string) => string[];

/** A temporary tree of files to run a check on, removed after the suite. */
function scratchTree(prefix: string) {
  const base = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const write = (file: string, lines: string[]) => {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    writeFileSync(path.join(base, file), lines.join('\n'));
  };
  return { base, write };
}

describe('web import boundary', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stayzr-boundary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags server-only imports in web code', () => {
    mkdirSync(path.join(dir, 'pages'));
    writeFileSync(
      path.join(dir, 'pages', 'bad.tsx'),
      [
        "import { createDb } from '@stayzr/db';",
        "import { HealthService } from '@stayzr/shared/server';",
        "import type { AppRouter } from '@stayzr/server';",
        "import { ZEmptyPayload } from '@stayzr/shared/jobs';",
      ].join('\n'),
    );
    const violations = find(dir);
    expect(violations).toHaveLength(2);
    expect(violations[0]).toContain("'@stayzr/db'");
    expect(violations[1]).toContain("'@stayzr/shared/server'");
  });

  it('finds nothing in the real web app', () => {
    expect(find('apps/web/src')).toEqual([]);
  });
});

describe('hand-written SQL boundary', () => {
  const { base, write } = scratchTree('stayzr-sql-boundary-');

  it('flags SQL in services, routers and db modules outside prisma/src/queries, and nothing else', () => {
    write('packages/shared/src/server/guest-service.ts', [
      'const rows = await tx.$queryRaw`select 1`;',
      "await tx.$executeRawUnsafe('delete from guests');",
      'const where = Prisma.sql`g.id is null`;',
      "const { rows } = await pool.query<{ n: number }>('select 1 as n');",
      'await db.runTenantPipeline(orgId, statements);',
      'const tree = await tx.guest.findMany();',
    ]);
    write('apps/server/src/routers/guests.router.ts', [
      'list: orgProcedure.query(({ ctx }) => service(ctx).list()),',
      'const statement = pipelineSql`select 1`;',
    ]);
    write('prisma/src/queries/guests.ts', ['const rows = await tx.$queryRaw`select 1`;']);
    write('prisma/src/pipeline.ts', ['export function pipelineSql() {}']);
    write('prisma/src/migrate/database-admin.ts', ["await client.query('SELECT 1 FROM pg_database');"]);
    write('prisma/src/secrets.ts', ['await tx.$queryRaw`select 1`;']);
    write('packages/shared/src/server/guest-service.int.test.ts', ['await tx.$queryRaw`select 1`;']);
    const violations = findSql(['prisma/src', 'packages', 'apps'], base);
    expect(violations.map((line) => line.split(': ')[0])).toEqual([
      'prisma/src/secrets.ts:1',
      'packages/shared/src/server/guest-service.ts:1',
      'packages/shared/src/server/guest-service.ts:2',
      'packages/shared/src/server/guest-service.ts:3',
      'packages/shared/src/server/guest-service.ts:4',
      'packages/shared/src/server/guest-service.ts:5',
      'apps/server/src/routers/guests.router.ts:2',
    ]);
  });

  it('finds no SQL outside prisma/src/queries in the real code base', () => {
    expect(findSql()).toEqual([]);
  });
});

describe('fakes stay out of production code', () => {
  const { base, write } = scratchTree('stayzr-testing-boundary-');

  it('flags @stayzr/testing in app, shared and db sources and as a runtime dependency, not in tests or dev support', () => {
    write('apps/worker/src/processors/send-message.ts', [
      "import { FakeTwilio } from '@stayzr/testing';",
      "const { FakeStripe } = await import('@stayzr/testing');",
      "import '@stayzr/testing/sms-sandbox';",
      "import { parseEnv } from '@stayzr/shared/server';",
    ]);
    write('packages/shared/src/server/channels/twilio-sms.ts', [
      "import type { FakeTwilio } from '@stayzr/testing';",
    ]);
    write('prisma/src/seed/seed.ts', ["import { freePort } from '@stayzr/testing';"]);
    write('apps/server/package.json', ['{ "dependencies": { "@stayzr/testing": "0.1.0" } }']);
    write('apps/server/src/inbox.int.test.ts', ["import { FakeTwilio } from '@stayzr/testing';"]);
    write('apps/server/src/testing/harness.ts', ["import { FakeTwilio } from '@stayzr/testing';"]);
    write('apps/server/src/dev/sandbox.ts', ["import { FakeTwilio } from '@stayzr/testing';"]);
    write('apps/web/src/features/inbox/inbox.test.tsx', ["import { FakeTwilio } from '@stayzr/testing';"]);
    write('apps/web/e2e/inbox.spec.ts', ["import { FakeTwilio } from '@stayzr/testing';"]);
    write('apps/web/package.json', ['{ "devDependencies": { "@stayzr/testing": "0.1.0" } }']);
    expect(findTesting(base).map((line) => line.split(': ')[0])).toEqual([
      'apps/server/package.json',
      'apps/worker/src/processors/send-message.ts:1',
      'apps/worker/src/processors/send-message.ts:2',
      'apps/worker/src/processors/send-message.ts:3',
      'packages/shared/src/server/channels/twilio-sms.ts:1',
      'prisma/src/seed/seed.ts:1',
    ]);
  });

  it('finds none in the real code base', () => {
    expect(findTesting()).toEqual([]);
  });
});

describe('web never imports server code by a relative path', () => {
  const { base, write } = scratchTree('stayzr-web-relative-');

  /** From apps/web/src/features/inbox: four levels up is apps/, five is the repository root. */
  const imports = {
    server: '../../../../server/src/router.js',
    services: '../../../../../packages/shared/src/server/guests/guest-service.js',
    db: '../../../../../prisma/src/index.js',
    sibling: '../components/thread-view.js',
    schemas: '../../../../../packages/shared/src/schemas/index.js',
  };

  it('flags a relative import that climbs into the server, worker, server services or db package', () => {
    write('apps/web/src/features/inbox/bad.tsx', [
      `import { appRouter } from '${imports.server}';`,
      `import { GuestService } from '${imports.services}';`,
      `import { createDb } from '${imports.db}';`,
      `import type { AppRouter } from '${imports.server}';`,
      `import { ThreadView } from '${imports.sibling}';`,
      `import { ZSendMessageInput } from '${imports.schemas}';`,
    ]);
    const violations = (findViolations as (root: string, base: string) => string[])(
      path.join(base, 'apps/web/src'),
      base,
    );
    expect(violations.map((line) => line.split(': ')[0]?.split(':').pop())).toEqual(['1', '2', '3']);
  });
});

describe('routers and job processors do not import the db package', () => {
  const { base, write } = scratchTree('stayzr-db-boundary-');
  const findDb = findDbImports as (roots?: string[], base?: string) => string[];

  it('flags @stayzr/db and its subpaths, type imports included, and leaves tests and services alone', () => {
    write('apps/server/src/routers/guests.router.ts', [
      "import { GuestService } from '@stayzr/shared/server';",
      "import { findRowOwner } from '@stayzr/db/queries';",
    ]);
    write('apps/worker/src/processors/delivery/send-message.ts', ["import type { Tx } from '@stayzr/db';"]);
    write('apps/worker/src/processors/delivery/send-message.int.test.ts', [
      "import { createTestDatabase } from '@stayzr/db/testing';",
    ]);
    write('packages/shared/src/server/guests/guest-service.ts', ["import type { Tx } from '@stayzr/db';"]);
    const roots = ['apps/server/src/routers', 'apps/worker/src/processors'];
    expect(findDb(roots, base).map((line) => line.split(': ')[0])).toEqual([
      'apps/server/src/routers/guests.router.ts:2',
      'apps/worker/src/processors/delivery/send-message.ts:1',
    ]);
  });

  it('finds none in the real routers and processors', () => {
    expect(findDb()).toEqual([]);
  });
});
