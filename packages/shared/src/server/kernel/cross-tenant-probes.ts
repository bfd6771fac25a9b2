import type { Database } from '@stayzr/db';
import { findRowOwner, type ProbeEntity } from '@stayzr/db/queries';
import type { Logger } from '../infra/logger.js';
import { type AuditEntry, writeAudit } from './audit.js';

export interface CrossTenantProbe {
  entity: ProbeEntity;
  id: string;
  /** Who asked, as their audit rows name them. */
  actor: Omit<AuditEntry, 'action' | 'targetType' | 'targetId' | 'metadata'> & { organizationId: string };
}

/** Probes waiting to be checked beyond this are dropped (and logged): a flood must not pile up work. */
const MAX_PENDING = 500;

/**
 * Records an id asked for by an organization it does not belong to (cross_tenant_denied), off the
 * request path: looking up the owner and writing the row happen after the NOT_FOUND has been answered,
 * in a transaction of their own, so a foreign id answers exactly like a random one, in the same time.
 */
export class CrossTenantProbeRecorder {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  record(probe: CrossTenantProbe): void {
    if (this.pending.size >= MAX_PENDING) {
      this.logger.warn({ entity: probe.entity }, 'cross-tenant probe not checked: too many pending');
      return;
    }
    const task = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.write(probe))
      .catch((error: unknown) =>
        this.logger.error({ err: error, entity: probe.entity }, 'could not record cross-tenant probe'),
      )
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Waits for the probes recorded so far (shutdown, before the pool closes). */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async write({ entity, id, actor }: CrossTenantProbe): Promise<void> {
    const owner = await this.db.withPlatform(async (tx) => {
      const ownerOrg = await findRowOwner(tx, entity, id);
      if (ownerOrg && ownerOrg !== actor.organizationId) {
        await writeAudit(tx, {
          ...actor,
          action: 'cross_tenant_denied',
          targetType: entity,
          targetId: id,
          metadata: { ownerOrganizationId: ownerOrg },
        });
      }
      return ownerOrg;
    });
    if (owner && owner !== actor.organizationId) {
      this.logger.warn({ entity, id, organizationId: actor.organizationId }, 'cross-tenant access denied');
    }
  }
}
