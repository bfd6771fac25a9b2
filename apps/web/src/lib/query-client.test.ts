import { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './query-client';

function unauthorized(appCode: string) {
  return new TRPCClientError('Please sign in.', {
    result: {
      error: {
        message: 'Please sign in.',
        code: -32001,
        data: { code: 'UNAUTHORIZED', httpStatus: 401, appCode },
      },
    },
  } as ConstructorParameters<typeof TRPCClientError>[1]);
}

describe('createQueryClient', () => {
  it('reports a lost session from any query, once per failure, without retrying', async () => {
    const onSessionEnded = vi.fn();
    const client = createQueryClient(onSessionEnded);
    const queryFn = vi.fn().mockRejectedValue(unauthorized('UNAUTHENTICATED'));

    await client.fetchQuery({ queryKey: ['team'], queryFn }).catch(() => undefined);

    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('reports a lost session from mutations, except those that handle it themselves', async () => {
    const onSessionEnded = vi.fn();
    const client = createQueryClient(onSessionEnded);
    const fail = () => Promise.reject(unauthorized('SESSION_EXPIRED'));

    await client
      .getMutationCache()
      .build(client, { mutationFn: fail })
      .execute(undefined)
      .catch(() => {});
    expect(onSessionEnded).toHaveBeenCalledTimes(1);

    await client
      .getMutationCache()
      .build(client, { mutationFn: fail, meta: { handlesSessionEnd: true } })
      .execute(undefined)
      .catch(() => {});
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('leaves a wrong password to the form that sent it', async () => {
    const onSessionEnded = vi.fn();
    const client = createQueryClient(onSessionEnded);
    const fail = () => Promise.reject(unauthorized('INVALID_CREDENTIALS'));

    await client
      .getMutationCache()
      .build(client, { mutationFn: fail })
      .execute(undefined)
      .catch(() => {});
    expect(onSessionEnded).not.toHaveBeenCalled();
  });
});
