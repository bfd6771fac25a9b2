// Rule of the house (DESIGN.md): apps/web never imports server-only code. Fails the lint when it does.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations(process.argv[2]);
  if (violations.length) {
    console.error(`apps/web must not import server-only code:\n${violations.join('\n')}`);
    process.exit(1);
  }
}
