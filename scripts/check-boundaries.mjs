// Rules of the house (DESIGN.md), checked by the lint: apps/web never imports server-only code, and SQL
// written by hand lives in prisma/src/queries (plus the db package's own internals).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FORBIDDEN =
  /from\s+['"](@stayzr\/db|@stayzr\/shared\/server|@stayzr\/server\/(?!router)[^'"]*|node:[^'"]+|pg|ioredis|bullmq|@prisma\/[^'"]+)['"]/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry)) yield full;
  }
}

export function findViolations(root = 'apps/web/src') {
  const violations = [];
  for (const file of sourceFiles(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // `import type` from the server is how the web app gets AppRouter: erased at build time.
        if (FORBIDDEN.test(line) && !/^\s*import\s+type\b/.test(line))
          violations.push(`${file}:${index + 1}: ${line.trim()}`);
      });
  }
  return violations;
}

/**
 * What marks hand-written SQL in TypeScript: Prisma's raw calls and fragments, the pipeline tag, the
 * Database methods that run pipelined statements, and a pg `.query(` whose first argument is SQL text
 * (tRPC's `.query(({ ctx }) => …)` takes a function, so it never matches).
 */
const SQL_MARKERS = [
  /\$(queryRaw|executeRaw)(Unsafe)?\b/,
  /\bPrisma\.(sql|raw)\b/,
  /\bpipelineSql\b/,
  /\b(runTenantPipeline|runGroupedTenantPipeline|runPlatformStatementInOneMessage)\(/,
  /\.query(<[^>]*>)?\(\s*['"`]/,
];

/** Where SQL may be written: the query modules, and the db package's transaction, pipeline, migration, seed and test plumbing. */
const SQL_ALLOWED = [
  /^prisma\/src\/queries\//,
  /^prisma\/src\/(client|pipeline)\.ts$/,
  /^prisma\/src\/(migrate|seed|testing)\//,
];

/**
 * Hand-written SQL outside prisma/src/queries. Tests (`*.test.ts`) are left out: they probe the
 * database as its owner to check what the product did (as does the bench, which is not scanned).
 */
export function findSqlOutsideQueries(roots = ['prisma/src', 'packages', 'apps'], base = process.cwd()) {
  const violations = [];
  for (const root of roots) {
    for (const file of sourceFiles(path.join(base, root))) {
      const relative = path.relative(base, file).split(path.sep).join('/');
      if (/\.test\.tsx?$/.test(relative) || SQL_ALLOWED.some((allowed) => allowed.test(relative))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (SQL_MARKERS.some((marker) => marker.test(line)))
            violations.push(`${relative}:${index + 1}: ${line.trim()}`);
        });
    }
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations(process.argv[2]);
  if (violations.length) {
    console.error(`apps/web must not import server-only code:\n${violations.join('\n')}`);
    process.exit(1);
  }
  const sql = findSqlOutsideQueries();
  if (sql.length) {
    console.error(
      `hand-written SQL belongs in prisma/src/queries (typed functions that check their rows):\n${sql.join('\n')}`,
    );
    process.exit(1);
  }
}
