import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { prefetchPage } from './build/prefetch-page';

// The browser code always calls same-origin paths (`/trpc`, `/webhooks`); only the dev and preview servers need
// to know where the API runs, so the override lives here and nowhere in `src/`.
const apiTarget = process.env.STAYZR_API_URL ?? 'http://127.0.0.1:3000';

// http-proxy streams responses, so tRPC subscriptions over SSE pass through without buffering.
const proxy = {
  '/trpc': { target: apiTarget },
  '/webhooks': { target: apiTarget },
};

// Workspace packages (`@stayzr/shared`) export their TypeScript sources under this condition, so the dev server
// and the tests see edits at once, without building the package first.
const SOURCE = '@stayzr/source';

export default defineConfig({
  plugins: [react(), prefetchPage('/features/inbox/pages/inbox-page.tsx')],
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      // `@stayzr/shared` is definitions only (schemas, constants, DTO types) behind one barrel: modules of it
      // that a chunk does not use are left out instead of dragging every schema (and zod) along.
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]packages[\\/]shared[\\/]/, sideEffects: false }],
      },
      output: {
        // Libraries every page needs, in chunks of their own: they stay cached across app releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 2,
            },
            {
              name: 'data',
              test: /[\\/]node_modules[\\/](@tanstack[\\/](query-core|react-query)|@trpc|superjson|copy-anything|is-what)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', proxy },
  test: {
    // Without this Vitest also collects Playwright's `e2e/*.spec.ts` and fails on them.
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
