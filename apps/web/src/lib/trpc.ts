import type { AppRouter } from '@stayzr/server';
import type { QueryClient } from '@tanstack/react-query';
import { httpBatchLink, httpLink, httpSubscriptionLink, splitLink, type TRPCClient } from '@trpc/client';
import { createTRPCQueryUtils, createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';

export const trpc = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

// Same-origin: in production the server serves this app, in development Vite proxies `/trpc`. Keeping the URL
// relative means the session cookie is sent with the default fetch credentials and no CORS is involved.
const API_URL = '/trpc';

/**
 * "Who is signed in" decides what renders at all: it travels alone, so it never waits for slower calls that
 * happen to be batched with it (a page's data, started at the same moment when the app opens on a deep link).
 */
const UNBATCHED = new Set(['auth.me']);

export function createTrpcClient() {
  return trpc.createClient({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: API_URL, transformer: superjson }),
        false: splitLink({
          condition: (op) => UNBATCHED.has(op.path),
          true: httpLink({ url: API_URL, transformer: superjson }),
          // Must not exceed the server's `maxBatchSize` (10), or the whole batch is rejected with 400.
          false: httpBatchLink({ url: API_URL, transformer: superjson, maxItems: 10 }),
        }),
      }),
    ],
  });
}

/** The same cache the hooks read, usable outside React (to start a page's queries before it renders). */
export function createQueryUtils(queryClient: QueryClient, client: TRPCClient<AppRouter>) {
  return createTRPCQueryUtils<AppRouter>({ queryClient, client });
}

export type QueryUtils = ReturnType<typeof createQueryUtils>;
