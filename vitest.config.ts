import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so tests need no build.
const conditions = ['@stayzr/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      'apps/web',
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{apps/server,apps/worker,packages/shared,prisma,bench,scripts}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['{apps/server,apps/worker,packages/shared,prisma,bench,scripts}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['./scripts/vitest/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
