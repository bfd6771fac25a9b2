import type { Tx } from '@stayzr/db';
import { AppError } from '../../errors.js';
import { writeAudit } from './audit.js';
import type { ServiceDeps } from './service-deps.js';
import type { RequestMeta } from './tenant-context.js';

/** The super admin acting in platform scope, from superAdminProcedure's session. */
export interface PlatformActor {
  userId: string;
  sessionId: string;
  request: RequestMeta;
}

/**
 * The platform counterpart of BaseAuthenticatedService, built the same way: `new X(deps, actor)`.
 * Queries run as the BYPASSRLS platform role (`this.db(fn)`), so these services are reachable only
 * through superAdminProcedure; every change is audited against the organization it touched, with the
 * real actor.
 */
export abstract class BasePlatformService {
  protected readonly actor: PlatformActor;

  constructor(
    protected readonly deps: ServiceDeps,
    actor: PlatformActor | null | undefined,
  ) {
    if (!actor) throw new AppError('FORBIDDEN', 'Only platform administrators can do this.');
    this.actor = actor;
  }

  /** Runs `fn` in one platform-scope transaction. */
  protected db<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.db.withPlatform(fn);
  }

  protected audit(
    tx: Tx,
    action: string,
    organizationId: string,
    metadata?: Record<string, unknown>,
  ): Promise<void> {
    return writeAudit(tx, {
      organizationId,
      actorUserId: this.actor.userId,
      actorType: 'super_admin',
      action,
      targetType: 'organization',
      targetId: organizationId,
      request: this.actor.request,
      ...(metadata ? { metadata } : {}),
    });
  }
}
