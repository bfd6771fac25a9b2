import type { AppRouter } from '@stayzr/server';
import { QueryClient } from '@tanstack/react-query';
import type { TRPCLink } from '@trpc/client';
import { getQueryKey } from '@trpc/react-query';
import { observable } from '@trpc/server/observable';
import { describe, expect, it } from 'vitest';
import { listInput, threadInput } from '../features/inbox/lib/queries';
import { DEFAULT_FILTERS } from '../features/inbox/lib/routes';
import { prefetchRoute } from './prefetch-route';
import { createQueryUtils, trpc } from './trpc';

const CONVERSATION_ID = '0194f1a2-7b3c-7d4e-8f50-6a7b8c9d0e1f';
const ANSWERS: Record<string, unknown> = {
  'auth.me': { id: 'user-1' },
  'conversations.list': { items: [], nextCursor: null },
  'conversations.counts': { byStatus: {}, unread: 0 },
  'conversations.get': { id: CONVERSATION_ID },
  'messages.list': { items: [{ id: 'message-1' }], olderCursor: 'older' },
};

/** Opens the app at `url` against a fake server that answers at once and records what it was asked. */
async function openAt(url: string) {
  const calls: { path: string; input: unknown }[] = [];
  const fakeServer: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        observer.next({ result: { type: 'data', data: ANSWERS[op.path] } });
        observer.complete();
      });
  const queryClient = new QueryClient();
  const client = trpc.createClient({ links: [fakeServer] });
  const { pathname, search } = new URL(url, 'http://stayzr.test');
  prefetchRoute(createQueryUtils(queryClient, client), { pathname, search });
  await expect.poll(() => queryClient.isFetching()).toBe(0);
  return { calls, queryClient };
}

describe('prefetchRoute', () => {
  it('asks for a linked conversation, its newest messages and the list along with the session', async () => {
    const { calls, queryClient } = await openAt(`/inbox/open/${CONVERSATION_ID}?assignee=me`);

    expect(calls).toEqual(
      expect.arrayContaining([
        { path: 'auth.me', input: undefined },
        { path: 'conversations.list', input: expect.objectContaining({ status: 'open', assignee: 'me' }) },
        { path: 'conversations.counts', input: { assignee: 'me' } },
        { path: 'conversations.get', input: { conversationId: CONVERSATION_ID } },
        { path: 'messages.list', input: expect.objectContaining({ conversationId: CONVERSATION_ID }) },
      ]),
    );
    expect(calls).toHaveLength(5);
    // Where the page's own hooks look: they find the answers instead of asking again.
    expect(
      queryClient.getQueryData(getQueryKey(trpc.messages.list, threadInput(CONVERSATION_ID), 'infinite')),
    ).toEqual({ pages: [ANSWERS['messages.list']], pageParams: [null] });
    expect(
      queryClient.getQueryData(
        getQueryKey(trpc.conversations.get, { conversationId: CONVERSATION_ID }, 'query'),
      ),
    ).toEqual(ANSWERS['conversations.get']);
    expect(
      queryClient.getQueryData(
        getQueryKey(
          trpc.conversations.list,
          listInput('open', { ...DEFAULT_FILTERS, assignee: 'me' }),
          'infinite',
        ),
      ),
    ).toEqual({ pages: [ANSWERS['conversations.list']], pageParams: [null] });
    expect(queryClient.getQueryData(getQueryKey(trpc.auth.me, undefined, 'query'))).toEqual(
      ANSWERS['auth.me'],
    );
  });

  it('asks for the list alone when no conversation is open', async () => {
    const { calls } = await openAt('/inbox/pending');
    expect(calls.map((call) => call.path).sort()).toEqual([
      'auth.me',
      'conversations.counts',
      'conversations.list',
    ]);
  });

  it('only checks the session on other pages and on unknown inbox tabs', async () => {
    for (const url of ['/settings/team', '/login?next=%2Finbox%2Fopen', '/inbox/archived/x']) {
      const { calls } = await openAt(url);
      expect(calls.map((call) => call.path)).toEqual(['auth.me']);
    }
  });
});
