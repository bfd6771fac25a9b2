import type { AppRouter } from '@stayzr/server';
import { createTRPCClient, httpLink, httpSubscriptionLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import superjson from 'superjson';
import { assertLocal } from './http.js';

export type BenchClient = ReturnType<typeof clientFor>;

/** The web app's way in: the real tRPC client over HTTP with the session cookie. */
export function clientFor(baseUrl: string, cookie: string | null) {
  assertLocal(new URL(baseUrl));
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        headers: () => (cookie ? { cookie } : {}),
      }),
    ],
  });
}

/** Signs in through `auth.login` and returns the session cookie (`name=value`). */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  let cookie: string | null = null;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const response = await fetch(url, init as RequestInit);
          cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
          return response;
        },
      }),
    ],
  });
  await client.auth.login.mutate({ email, password });
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie;
}

/** Subscribes to `inbox.events` over SSE (EventSource + tRPC's subscription link), like the inbox. */
export function subscribeInboxEvents(
  baseUrl: string,
  cookie: string,
  onEvent: (event: { id: string; type: string; messageId?: string; at: number }) => void,
  now: () => number,
) {
  const client = createTRPCClient<AppRouter>({
    links: [
      httpSubscriptionLink({
        url: `${baseUrl}/trpc`,
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
  let failed: (error: unknown) => void = () => {};
  const started = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  const subscription = client.inbox.events.subscribe(undefined, {
    onStarted: () => ready(),
    onError: (error) => failed(error),
    onData: (tracked) => {
      const at = now();
      const event = tracked.data;
      onEvent({
        id: tracked.id,
        type: event.type,
        messageId: 'messageId' in event ? event.messageId : undefined,
        at,
      });
    },
  });
  return { started, stop: () => subscription.unsubscribe() };
}
