import type { OrgEvent } from '@stayzr/shared';
import { createTRPCClient, httpSubscriptionLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import superjson from 'superjson';
import type { AppRouter } from '../router.js';

export interface Received {
  id: string;
  event: OrgEvent;
  at: number;
}

/** The browser's way in: EventSource with the session cookie, through tRPC's SSE link. */
export function subscribe(base: string, cookie: string, lastEventId?: string) {
  const received: Received[] = [];
  const client = createTRPCClient<AppRouter>({
    links: [
      httpSubscriptionLink({
        url: `${base}/trpc`,
        transformer: superjson,
        EventSource,
        eventSourceOptions: () => ({
          fetch: (input: string | URL | Request, init?: RequestInit) =>
            fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } }),
        }),
      }),
    ],
  });
  let ready: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const subscription = client.inbox.events.subscribe(lastEventId ? { lastEventId } : undefined, {
    onStarted: () => ready(),
    onData: (tracked) => received.push({ id: tracked.id, event: tracked.data, at: Date.now() }),
  });
  return { received, started, stop: () => subscription.unsubscribe() };
}
