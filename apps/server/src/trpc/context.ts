import type { AuthenticatedSession, TenantContext } from '@stayzr/shared/server';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerDeps } from '../deps.js';
import { SESSION_COOKIE } from '../session-cookie.js';

export interface Context {
  deps: ServerDeps;
  requestId: string;
  req: FastifyRequest;
  res: FastifyReply;
  request: { ip: string; userAgent: string | undefined; requestId: string };
  session: AuthenticatedSession | null;
  /** Result of the tenant isolation step; null for anonymous callers and super admins in platform scope. */
  tenant: TenantContext | null;
}

/**
 * The tenant isolation step. An org user's organization is always their own (no input can change it);
 * a super admin's is the one stored on their session by platform.switchOrganization, or none.
 */
export function tenantFor(
  session: AuthenticatedSession | null,
  request: Context['request'],
): TenantContext | null {
  if (!session?.organization) return null;
  const { user } = session;
  const isSuperAdmin = user.role === 'SUPER_ADMIN';
  const organizationId = isSuperAdmin ? session.organization.id : user.organizationId;
  if (!organizationId) return null;
  return {
    organizationId,
    actor: { type: 'user', userId: user.id, role: user.role, dataScope: user.dataScope },
    isSuperAdmin,
    impersonating: isSuperAdmin,
    request,
  };
}

export function contextFactory(deps: ServerDeps) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const request = { ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id };
    const session = await deps.auth.resolveSession(req.cookies[SESSION_COOKIE]);
    return { deps, requestId: req.id, req, res, request, session, tenant: tenantFor(session, request) };
  };
}
