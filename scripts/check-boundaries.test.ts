import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { findViolations } from './check-boundaries.mjs';

const find = findViolations as (root?: string) => string[];

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
