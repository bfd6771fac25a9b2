import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '../router.js';

/**
 * A browser-like caller: the real tRPC client over HTTP, with a cookie jar, so requests go through
 * the same cookie → session → tenant isolation step as the web app's.
 */
export class TrpcSession {
  cookie: string | null = null;
  lastSetCookie: string | null = null;
  readonly client;

  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {
    this.client = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${baseUrl}/trpc`,
          transformer: superjson,
          headers: () => ({ ...this.headers, ...(this.cookie ? { cookie: this.cookie } : {}) }),
          fetch: async (url, init) => {
            const response = await fetch(url, init as RequestInit);
            const setCookie = response.headers.get('set-cookie');
            if (setCookie) {
              this.lastSetCookie = setCookie;
              const pair = setCookie.split(';')[0] ?? '';
              this.cookie = pair.endsWith('=') || /Expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
            }
            return response;
          },
        }),
      ],
    });
  }

  static async signIn(baseUrl: string, email: string, password: string): Promise<TrpcSession> {
    const session = new TrpcSession(baseUrl);
    await session.client.auth.login.mutate({ email, password });
    return session;
  }

  /** The session token from the cookie (to look it up in the database). */
  get token(): string | null {
    return this.cookie?.split('=')[1] ?? null;
  }
}

export interface CaughtError {
  code: string | undefined;
  appCode: string | null | undefined;
  message: string;
  httpStatus: number | undefined;
  fieldErrors: Record<string, string[]> | null | undefined;
  details: Record<string, unknown> | null | undefined;
}

/** Runs a call that must fail and returns the error as the client sees it. */
export async function expectTrpcError(call: Promise<unknown>): Promise<CaughtError> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as (Partial<CaughtError> & { code?: string; httpStatus?: number }) | undefined;
    return {
      code: data?.code,
      appCode: data?.appCode,
      message: error.message,
      httpStatus: data?.httpStatus,
      fieldErrors: data?.fieldErrors,
      details: data?.details,
    };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
