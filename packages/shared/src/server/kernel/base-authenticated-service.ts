import type { Database, SecretBox, Tx } from '@stayzr/db';
import { findRowOwner, type ProbeEntity } from '@stayzr/db/queries';
import type { Feature, UsageMetric } from '../../billing/plans.js';
import type { UserRoleValue } from '../../dto.js';
import { AppError } from '../../errors.js';
import {
  assertFeature,
  assertWritable,
  checkUsageInTx,
  consumeUsageInTx,
  loadSubscriptionState,
  type SubscriptionState,
  type UsageSnapshot,
} from '../billing/enforcement.js';
import type { InboundUsageCounter } from '../billing/inbound-usage-counter.js';
import type { Logger } from '../infra/logger.js';
import type { OrgEventPublisher } from '../infra/org-event-bus.js';
import type { JobQueues } from '../infra/queues.js';
import { writeAudit } from './audit.js';
import type { TenantContext } from './tenant-context.js';

export interface ServiceDeps {
  db: Database;
  logger: Logger;
  /** Base URL of the web app and of provider callbacks (PUBLIC_URL). */
  publicUrl: string;
  /** Seals and opens stored provider credentials. */
  secrets: SecretBox;
  events: OrgEventPublisher;
  queues: JobQueues;
  /** Counts guests' inbound messages in the monthly usage, after their transaction. */
  inboundUsage: InboundUsageCounter;
  channels: ChannelSettings;
  /** The platform's AI provider settings; absent = extractive only (and org-configured servers). */
  ai?: AiSettings;
}

export interface AiSettings {
  openaiBaseUrl?: string | undefined;
  openaiApiKey?: string | undefined;
  openaiModel: string;
  timeoutMs: number;
}

export interface ChannelSettings {
  /** Send Twilio REST calls here instead of api.twilio.com (a local fake in tests and demos). */
  twilioApiBaseUrl?: string | undefined;
}

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

  constructor(
    protected readonly deps: ServiceDeps,
    ctx: TenantContext | null | undefined,
  ) {
    if (!ctx?.organizationId) throw new AppError('NO_TENANT', 'This action needs an organization');
    this.ctx = ctx;
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

  /** Super admins switched into an organization act with org admin rights. */
  protected effectiveRole(): UserRoleValue | 'SYSTEM' | 'GUEST' {
    if (this.ctx.actor.type === 'system') return 'SYSTEM';
    if (this.ctx.actor.type === 'guest') return 'GUEST';
    return this.ctx.isSuperAdmin ? 'ORG_ADMIN' : this.ctx.actor.role;
  }

  protected requireRole(...roles: UserRoleValue[]): void {
    const role = this.effectiveRole();
    if (role === 'SYSTEM') return;
    if (role === 'GUEST' || !roles.includes(role)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this action');
    }
  }

  /**
   * FEATURE_NOT_IN_PLAN unless the organization's plan includes `feature`. Jobs call it again when they
   * run, so a downgrade between queueing and running is honoured.
   */
  protected async requireFeature(feature: Feature): Promise<void> {
    assertFeature(await this.db((tx) => loadSubscriptionState(tx, this.orgId)), feature);
  }

  /** SUBSCRIPTION_INACTIVE while past due, canceled or after the trial: staff can read, not send or change settings. */
  protected async requireWritable(): Promise<void> {
    assertWritable(await this.db((tx) => loadSubscriptionState(tx, this.orgId)));
  }

  /** QUOTA_EXCEEDED if `amount` more of `metric` would not fit; takes nothing. */
  protected checkUsage(metric: UsageMetric, amount = 1): Promise<UsageSnapshot> {
    return this.db((tx) => checkUsageInTx(tx, this.orgId, metric, amount));
  }

  /**
   * Takes `amount` of `metric` in the caller's transaction (atomic), or throws QUOTA_EXCEEDED. A monthly
   * counter stays locked until the transaction ends: make it the last statement.
   */
  protected consumeUsage(
    tx: Tx,
    metric: UsageMetric,
    amount = 1,
    state?: SubscriptionState,
  ): Promise<UsageSnapshot> {
    return consumeUsageInTx(tx, this.orgId, metric, amount, new Date(), state);
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
   * attempt is recorded (cross_tenant_denied) for the platform team; the caller cannot tell the difference.
   */
  protected async notFound(entity: ProbeEntity, id: string): Promise<AppError> {
    try {
      const owner = await this.deps.db.withPlatform(async (tx) => {
        const ownerOrg = await findRowOwner(tx, entity, id);
        if (ownerOrg && ownerOrg !== this.orgId) {
          await writeAudit(tx, {
            ...this.auditActor(),
            action: 'cross_tenant_denied',
            targetType: entity,
            targetId: id,
            metadata: { ownerOrganizationId: ownerOrg },
          });
        }
        return ownerOrg;
      });
      if (owner && owner !== this.orgId) {
        this.deps.logger.warn({ entity, id, organizationId: this.orgId }, 'cross-tenant access denied');
      }
    } catch (error) {
      this.deps.logger.error({ err: error, entity }, 'could not record cross-tenant probe');
    }
    return new AppError('NOT_FOUND', `${entity.replace('_', ' ')} not found`);
  }
}
