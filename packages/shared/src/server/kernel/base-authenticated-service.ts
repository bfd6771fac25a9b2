import type { Tx } from '@stayzr/db';
import type { ProbeEntity } from '@stayzr/db/queries';
import type { UserRoleValue } from '../../dto.js';
import { AppError } from '../../errors.js';
import { writeAudit } from './audit.js';
import { PlanGate } from './plan-gate.js';
import type { ServiceDeps } from './service-deps.js';
import { requireTenant, type TenantContext } from './tenant-context.js';

export interface AuditTarget {
  type: string;
  id?: string | null;
}

/** Tables a cross-tenant probe may be checked against (see `notFound`). */
export type { ProbeEntity };

/**
 * The one way business code touches tenant data. Every query runs in `this.db(fn)`, a transaction
 * confined to the context's organization by row-level security; a miss on another tenant's id is
 * NOT_FOUND (never FORBIDDEN, so ids cannot be probed), and is audited as cross_tenant_denied.
 */
export abstract class BaseAuthenticatedService {
  protected readonly ctx: TenantContext;

  /**
   * What the organization's plan allows: `this.plan.requireWritable()`, `requireFeature(f)`,
   * `checkUsage(m)`, `consumeUsage(tx, m, n)`. Composed rather than inherited, so featureProcedure and
   * jobs use the very same gate without building a service.
   */
  protected readonly plan: PlanGate;

  constructor(
    protected readonly deps: ServiceDeps,
    ctx: TenantContext | null | undefined,
  ) {
    this.ctx = requireTenant(ctx);
    this.plan = new PlanGate(deps, this.ctx);
  }

  protected get orgId(): string {
    return this.ctx.organizationId;
  }

  protected get actorUserId(): string | null {
    return this.ctx.actor.type === 'user' ? this.ctx.actor.userId : null;
  }

  /** Runs `fn` in one tenant-scoped transaction. */
  protected db<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.db.withTenant(this.orgId, fn);
  }

  /** Adds the organization to a where clause (belt and braces on top of RLS). */
  protected scope<W extends object>(where: W): W & { organizationId: string } {
    return { ...where, organizationId: this.orgId };
  }

  /**
   * Roles are checked by the procedures (adminProcedure, apps/server/src/trpc/procedures.ts), before
   * the input is parsed or a transaction opened; services trust their caller on roles. This remains
   * only for ChannelAccountService, until the provider-neutral channels work drops its copies.
   * A switched-in super admin counts as org admin; system actors pass.
   */
  protected requireRole(...roles: UserRoleValue[]): void {
    const { actor } = this.ctx;
    if (actor.type === 'system') return;
    const role = actor.type === 'user' ? (this.ctx.isSuperAdmin ? 'ORG_ADMIN' : actor.role) : null;
    if (!role || !roles.includes(role)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this action');
    }
  }

  /** `own` staff see conversations assigned to them or unassigned; everyone else sees all. */
  protected get dataScope(): 'own' | 'all' {
    return this.ctx.actor.type === 'user' && !this.ctx.isSuperAdmin ? this.ctx.actor.dataScope : 'all';
  }

  protected async audit(
    tx: Tx,
    action: string,
    target: AuditTarget | null,
    metadata?: Record<string, unknown>,
  ) {
    await writeAudit(tx, {
      ...this.auditActor(),
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      ...(metadata ? { metadata } : {}),
    });
  }

  private auditActor() {
    return {
      organizationId: this.orgId,
      actorUserId: this.actorUserId,
      actorType: this.ctx.isSuperAdmin ? 'super_admin' : this.ctx.actor.type,
      impersonating: this.ctx.impersonating,
      request: this.ctx.request,
    };
  }

  /**
   * The error for an id this organization cannot see. When the id exists in another organization the
   * attempt is recorded (cross_tenant_denied) for the platform team, after the answer: the caller can
   * tell the difference neither by the answer nor by its time.
   */
  protected notFound(entity: ProbeEntity, id: string): AppError {
    this.deps.probes.record({ entity, id, actor: this.auditActor() });
    return new AppError('NOT_FOUND', `${entity.replace('_', ' ')} not found`);
  }
}
