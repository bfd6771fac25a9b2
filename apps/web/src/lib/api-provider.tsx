import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from './query-client';
import { emitSessionEnded } from './session-events';
import { createTrpcClient, trpc } from './trpc';

export interface ApiClients {
  queryClient: QueryClient;
  trpcClient: ReturnType<typeof createTrpcClient>;
}

/** The app's one tRPC client and React Query cache; created before React renders, so requests can start early. */
export function createApiClients(): ApiClients {
  return { queryClient: createQueryClient(emitSessionEnded), trpcClient: createTrpcClient() };
}

/** Provides the tRPC client and its React Query cache to the whole app (fresh ones unless `clients` is given). */
export function ApiProvider({ clients, children }: { clients?: ApiClients; children: ReactNode }) {
  // Lazily created once per mount, so StrictMode's double render does not build two caches.
  const [{ queryClient, trpcClient }] = useState(() => clients ?? createApiClients());

  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
