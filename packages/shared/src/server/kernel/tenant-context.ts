import type { UserRoleValue } from '../../dto.js';
import { AppError } from '../../errors.js';

export interface RequestMeta {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId: string;
}

/** Who is acting, in which organization. Built by the tRPC tenant isolation step or by system code. */
export interface TenantContext {
  organizationId: string;
  actor:
    | { type: 'user'; userId: string; role: UserRoleValue; dataScope: 'own' | 'all' }
    | { type: 'system'; reason: string }
    | { type: 'guest'; guestId: string };
  isSuperAdmin: boolean;
  /** A super admin switched into this organization: their writes are audited. */
  impersonating: boolean;
  request: RequestMeta;
}

/** For webhooks, SMTP and jobs: the organization comes from the channel account or the job's ids. */
export function systemContext(organizationId: string, reason: string, requestId = reason): TenantContext {
  return {
    organizationId,
    actor: { type: 'system', reason },
    isSuperAdmin: false,
    impersonating: false,
    request: { requestId },
  };
}

/** The context a tenant service or plan gate is built from: NO_TENANT when there is none. */
export function requireTenant(ctx: TenantContext | null | undefined): TenantContext {
  if (!ctx?.organizationId) throw new AppError('NO_TENANT', 'This action needs an organization');
  return ctx;
}
