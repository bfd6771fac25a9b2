import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { isSessionEnded } from './api-errors';

const MAX_RETRIES = 2;

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The mutation handles a lost session itself (sign out), so the global redirect stays out of it. */
      handlesSessionEnd?: boolean;
    };
  }
}

/** True for errors the server answered with a 4xx status: retrying the same request cannot fix them. */
export function isClientError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('httpStatus' in data)) return false;
  const { httpStatus } = data;
  return typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500;
}

/** `onSessionEnded` runs whenever any query or mutation learns that the user's session is gone. */
export function createQueryClient(onSessionEnded: () => void = () => {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isSessionEnded(error)) onSessionEnded();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) => {
        if (isSessionEnded(error) && !mutation.meta?.handlesSessionEnd) onSessionEnded();
      },
    }),
    defaultOptions: {
      queries: {
        // A dropped connection or a restarting server is worth a couple of retries; a rejected input is not.
        retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
      },
    },
  });
}
