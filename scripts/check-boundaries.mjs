// Rules of the house (DESIGN.md), checked by the lint: apps/web never imports server-only code, routers
// and job processors never import the db package (they call services), SQL written by hand lives in
// prisma/src/queries (plus the db package's own internals), and production code never imports the fakes
// of @stayzr/testing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Where server code lives, for relative imports that climb out of apps/web/src into it. */
const SERVER_PATHS = /^(apps\/(server|worker)|packages\/shared\/src\/server|prisma)(\/|$)/;
const IMPORT_FROM = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/;

export function findViolations(root = 'apps/web/src', base = process.cwd()) {
  const violations = [];
  for (const file of sourceFiles(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // `import type` from the server is how the web app gets AppRouter: erased at build time.
        if (/^\s*import\s+type\b/.test(line)) return;
        const relative = IMPORT_FROM.exec(line)?.[1];
        const target = relative && path.relative(base, path.resolve(path.dirname(file), relative));
        if (FORBIDDEN.test(line) || (target && SERVER_PATHS.test(target.split(path.sep).join('/'))))
          violations.push(`${file}:${index + 1}: ${line.trim()}`);
      });
  }
  return violations;
}

/** Any import of the db package, types included: routers and processors reach data through services. */
const DB_IMPORT = /(?:from|import)\s*\(?\s*['"]@stayzr\/db(\/[^'"]*)?['"]/;

/**
 * Routers (apps/server/src/routers) and job processors (apps/worker/src/processors) importing @stayzr/db.
 * Tests beside them are left out: they build their fixtures with the db package's factories.
 */
export function findDbImports(
  roots = ['apps/server/src/routers', 'apps/worker/src/processors'],
  base = process.cwd(),
) {
  const violations = [];
  for (const root of roots) {
    if (!existsSync(path.join(base, root))) continue;
    for (const file of sourceFiles(path.join(base, root))) {
      const relative = path.relative(base, file).split(path.sep).join('/');
      if (/\.test\.tsx?$/.test(relative)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (DB_IMPORT.test(line)) violations.push(`${relative}:${index + 1}: ${line.trim()}`);
        });
    }
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

/** Any import of the fakes: static, side-effect, dynamic or require, of the package or a subpath. */
const TESTING_IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]@stayzr\/testing(?:\/[^'"]*)?['"]/;

/** What is not production code inside a production source tree: tests, and test or dev support folders. */
const NOT_PRODUCTION = [/\.(test|spec)\.tsx?$/, /(^|\/)(testing|dev)\//];

/** Production source trees: every app's src, the shared package and the db package. */
function productionRoots(base) {
  const apps = path.join(base, 'apps');
  const appRoots = existsSync(apps)
    ? readdirSync(apps)
        .map((app) => path.join('apps', app, 'src'))
        .filter((root) => existsSync(path.join(base, root)))
    : [];
  return [...appRoots, 'packages/shared/src', 'prisma/src'].filter((root) =>
    existsSync(path.join(base, root)),
  );
}

/**
 * Imports of @stayzr/testing from production code (anything in apps/<app>/src, packages/shared/src and
 * prisma/src but tests and `testing/` or `dev/` folders), and production packages that list it as a
 * runtime dependency: the fakes answer like providers, so they must never be what production talks to.
 */
export function findTestingInProduction(base = process.cwd()) {
  const violations = [];
  for (const root of productionRoots(base)) {
    for (const file of sourceFiles(path.join(base, root))) {
      const relative = path.relative(base, file).split(path.sep).join('/');
      if (NOT_PRODUCTION.some((pattern) => pattern.test(relative.slice(root.length + 1)))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (TESTING_IMPORT.test(line)) violations.push(`${relative}:${index + 1}: ${line.trim()}`);
        });
    }
    const manifest = path.join(base, path.dirname(root), 'package.json');
    if (!existsSync(manifest)) continue;
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
    if ('@stayzr/testing' in dependencies)
      violations.push(
        `${path.dirname(root)}/package.json: "@stayzr/testing" in dependencies (devDependencies only)`,
      );
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations(process.argv[2]);
  if (violations.length) {
    console.error(`apps/web must not import server-only code:\n${violations.join('\n')}`);
    process.exit(1);
  }
  const db = findDbImports();
  if (db.length) {
    console.error(`routers and job processors call services, not @stayzr/db:\n${db.join('\n')}`);
    process.exit(1);
  }
  const sql = findSqlOutsideQueries();
  if (sql.length) {
    console.error(
      `hand-written SQL belongs in prisma/src/queries (typed functions that check their rows):\n${sql.join('\n')}`,
    );
    process.exit(1);
  }
  const testing = findTestingInProduction();
  if (testing.length) {
    console.error(
      `production code must not import @stayzr/testing (tests and dev scripts may):\n${testing.join('\n')}`,
    );
    process.exit(1);
  }
}
