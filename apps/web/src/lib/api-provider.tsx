import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from './query-client';
import { emitSessionEnded } from './session-events';
import { createTrpcClient, trpc } from './trpc';

/** Provides the tRPC client and its React Query cache to the whole app. */
export function ApiProvider({ children }: { children: ReactNode }) {
  // Lazily created once per mount, so StrictMode's double render does not build two caches.
  const [queryClient] = useState(() => createQueryClient(emitSessionEnded));
  const [trpcClient] = useState(createTrpcClient);

  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
