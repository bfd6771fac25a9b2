import { ZOrgAuditLogInput } from '@stayzr/shared';
import { AuditService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { roleProcedure } from '../trpc/procedures.js';

export const auditRouter = router({
  list: roleProcedure('ORG_ADMIN')
    .input(ZOrgAuditLogInput)
    .query(({ ctx, input }) => new AuditService(ctx.deps.services, ctx.tenant).list(input)),
});
