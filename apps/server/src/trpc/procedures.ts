import { AppError, type Feature, type UserRoleValue } from '@stayzr/shared';
import { writeAudit } from '@stayzr/shared/server';
import { impersonationAuditTarget } from './impersonation-audit.js';
import { publicProcedure, t } from './init.js';
import { platformServices, tenantServices } from './services.js';

/**
 * Roles are checked here, at the procedure, and only here: `adminProcedure` / `roleProcedure` for org
 * roles, `superAdminProcedure` for the platform. The role is the session's, so it is refused before the
 * input is parsed or a transaction opened, and a router shows who may call each procedure. Services do
 * not check roles again (they also run as system actors for jobs and webhooks, which have none); what
 * they do check is data: tenant scope, data scope ('own' staff) and the plan.
 */

/** Signed in. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * Signed in and inside an organization; handlers get the request's tenant services as `ctx.services`
 * (each built on first use). Writes made by a super admin switched into the organization are audited
 * with the real actor.
 */
export const orgProcedure = authedProcedure.use(async ({ ctx, next, type, path, getRawInput }) => {
  if (!ctx.tenant) {
    throw new AppError('NO_ACTIVE_ORGANIZATION', 'Choose an organization to work in first.');
  }
  const tenant = ctx.tenant;
  const result = await next({ ctx: { ...ctx, tenant, services: tenantServices(ctx.deps, tenant) } });
  if (result.ok && type === 'mutation' && tenant.impersonating) {
    // The write succeeded, so its input passed the procedure's schema; only uuid-shaped ids are taken.
    const { metadata, ...target } = impersonationAuditTarget(path, await getRawInput(), result.data);
    await ctx.deps.db.withPlatform((tx) =>
      writeAudit(tx, {
        organizationId: tenant.organizationId,
        actorUserId: ctx.session.user.id,
        actorType: 'super_admin',
        impersonating: true,
        action: `impersonated.${path}`,
        ...target,
        ...(Object.keys(metadata).length ? { metadata } : {}),
        request: ctx.request,
      }),
    );
  }
  return result;
});

/** Org procedures limited to some roles; a switched-in super admin acts as org admin. */
export function roleProcedure(...roles: Exclude<UserRoleValue, 'SUPER_ADMIN'>[]) {
  return orgProcedure.use(({ ctx, next }) => {
    const role = ctx.tenant.isSuperAdmin ? 'ORG_ADMIN' : ctx.session.user.role;
    if (!roles.includes(role as (typeof roles)[number])) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this action.');
    }
    return next();
  });
}

/** Org admins (and super admins switched into the organization). */
export const adminProcedure = roleProcedure('ORG_ADMIN');

/**
 * Org procedures that need a plan feature: FORBIDDEN with appCode FEATURE_NOT_IN_PLAN and the cheapest
 * plan that has it. Checked on every call, so a downgrade takes effect at once.
 */
export function featureProcedure(feature: Feature) {
  return orgProcedure.use(async ({ ctx, next }) => {
    await ctx.services.plan.requireFeature(feature);
    return next();
  });
}

/**
 * Platform scope: super admins only, whether or not they are switched into an organization. Handlers
 * get the platform services as `ctx.services`.
 */
export const superAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.role !== 'SUPER_ADMIN')
    throw new AppError('FORBIDDEN', 'Only platform administrators can do this.');
  const actor = { userId: ctx.session.user.id, sessionId: ctx.session.sessionId, request: ctx.request };
  return next({ ctx: { ...ctx, services: platformServices(ctx.deps, actor) } });
});

export { t };
