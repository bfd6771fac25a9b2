import type { Me } from '@stayzr/shared';

/** Pages a redirect after sign-in must never return to. */
const NO_RETURN = /^\/(login|invite)(\/|\?|$)/;

/** The `next` parameter, when it is a path inside this app; anything else (other sites, `//host`) is dropped. */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (NO_RETURN.test(raw)) return null;
  return raw;
}

export function loginPath(returnTo?: string): string {
  const next = safeNextPath(returnTo);
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/** Where a user lands after signing in without a page to return to: the inbox, for anyone in a hotel. */
export function homePath(me: Me): string {
  return me.organization ? '/inbox/open' : '/platform/organizations';
}
