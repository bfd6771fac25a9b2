import type {} from '@fastify/cookie';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from '@stayzr/shared/server';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'stayzr_session';

/**
 * Secure whenever this request came over HTTPS — `request.protocol` honours X-Forwarded-Proto when
 * TRUST_PROXY is on — or the public URL is https, so a deployment that terminates TLS at a proxy but
 * has a stale or missing PUBLIC_URL still never sends the session over plain HTTP.
 */
export function cookiesSecure(request: FastifyRequest, publicUrl: string): boolean {
  return request.protocol === 'https' || publicUrl.startsWith('https://');
}

/** HttpOnly + SameSite=Lax. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The login throttle's device cookie: only the sign-in call needs it. */
export function setDeviceCookie(reply: FastifyReply, value: string, secure: boolean): void {
  reply.setCookie(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    // tRPC may batch sign-in with other calls under one /trpc/a,b path.
    path: '/trpc',
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
