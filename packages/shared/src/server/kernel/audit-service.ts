import type { AuditLogEntry } from '../../dto.js';
import type { AuditLogInput } from '../../schemas/platform.js';
import { queryAuditLog } from './audit.js';
import { BaseAuthenticatedService } from './base-authenticated-service.js';

/** The organization's own audit trail, for its org admins. */
export class AuditService extends BaseAuthenticatedService {
  async list(
    input: Omit<AuditLogInput, 'organizationId'>,
  ): Promise<{ items: AuditLogEntry[]; nextCursor: string | null }> {
    return this.db((tx) => queryAuditLog(tx, { ...input, organizationId: this.orgId }, { platform: false }));
  }
}
