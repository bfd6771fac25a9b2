import { ZOrgAuditLogInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure } from '../trpc/procedures.js';

export const auditRouter = router({
  list: adminProcedure.input(ZOrgAuditLogInput).query(({ ctx, input }) => ctx.services.audit.list(input)),
});
