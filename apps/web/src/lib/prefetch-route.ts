import { matchPath } from 'react-router';
import {
  CONVERSATION_STALE_MS,
  COUNTS_STALE_MS,
  LIST_QUERY,
  listInput,
  THREAD_QUERY,
  threadInput,
} from '../features/inbox/lib/queries';
import { filtersFromSearch, INBOX_ROUTE, parseStatus } from '../features/inbox/lib/routes';
import { timeFormatWarmups } from '../features/inbox/lib/time-format';
import { ME_STALE_MS } from './session';
import type { QueryUtils } from './trpc';

/**
 * Starts the first requests of the page the app opens on, before any of its code has rendered: the session
 * check and, on an inbox link (`/inbox/open/<id>`), the list, the counts, the conversation and its newest
 * messages. Otherwise each would wait for the one before it (session → shell → page chunk → page).
 *
 * The pages' hooks ask for the same queries and join these requests instead of sending their own. When
 * nobody is signed in the inbox requests fail as unauthorized, which leads to sign-in as any such
 * failure does; and the session check answers "nobody" anyway.
 */
export function prefetchRoute(utils: QueryUtils, location: { pathname: string; search: string }): void {
  void utils.auth.me.prefetch(undefined, { staleTime: ME_STALE_MS });

  const inbox = matchPath(INBOX_ROUTE, location.pathname);
  const status = parseStatus(inbox?.params.status);
  if (!status) return;
  whenIdle(timeFormatWarmups());
  const filters = filtersFromSearch(new URLSearchParams(location.search));
  void utils.conversations.list.prefetchInfinite(listInput(status, filters), LIST_QUERY);
  void utils.conversations.counts.prefetch({ assignee: filters.assignee }, { staleTime: COUNTS_STALE_MS });
  const conversationId = inbox?.params.conversationId;
  if (!conversationId) return;
  void utils.conversations.get.prefetch({ conversationId }, { staleTime: CONVERSATION_STALE_MS });
  void utils.messages.list.prefetchInfinite(threadInput(conversationId), THREAD_QUERY);
}

/**
 * Runs `tasks` one at a time when the main thread has nothing else to do (soon, where browsers cannot
 * tell): one short step per idle period, so a response arriving meanwhile waits for one step at most.
 */
function whenIdle(tasks: (() => void)[]): void {
  const [task, ...rest] = tasks;
  if (!task) return;
  const run = () => {
    task();
    whenIdle(rest);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 0);
}
