import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = '@stayzr/db';

function isPackageRoot(dir: string): boolean {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
  return name === PACKAGE_NAME;
}

let cachedRoot: string | undefined;

/**
 * Root of @stayzr/db, found by walking up from this file: the depth differs between src/migrate
 * (tsx, vitest) and dist/src/migrate (built), and migrations/ + schema.prisma live at the root.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!isPackageRoot(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`Cannot find the ${PACKAGE_NAME} package root above ${import.meta.url}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export const defaultMigrationsDir = (): string => path.join(packageRoot(), 'migrations');
export const defaultSchemaPath = (): string => path.join(packageRoot(), 'schema.prisma');
