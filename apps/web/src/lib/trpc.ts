import type { AppRouter } from '@stayzr/server';
import { httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';

export const trpc = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

// Same-origin: in production the server serves this app, in development Vite proxies `/trpc`. Keeping the URL
// relative means the session cookie is sent with the default fetch credentials and no CORS is involved.
const API_URL = '/trpc';

export function createTrpcClient() {
  return trpc.createClient({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: API_URL, transformer: superjson }),
        // Must not exceed the server's `maxBatchSize` (10), or the whole batch is rejected with 400.
        false: httpBatchLink({ url: API_URL, transformer: superjson, maxItems: 10 }),
      }),
    ],
  });
}
