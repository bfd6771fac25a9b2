import type { BaseAuthenticatedService, ServiceDeps, TenantContext } from '@stayzr/shared/server';

type ServiceClass<S extends BaseAuthenticatedService> = new (deps: ServiceDeps, ctx: TenantContext) => S;

/** `service(ctx, GuestService)` builds the service from the request's tenant context. */
export function service<S extends BaseAuthenticatedService>(
  ctx: { deps: { services: ServiceDeps }; tenant: TenantContext },
  Service: ServiceClass<S>,
): S {
  return new Service(ctx.deps.services, ctx.tenant);
}
