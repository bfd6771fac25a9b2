import { ZCannedResponseIdInput, ZCannedResponseInput, ZUpdateCannedResponseInput } from '@stayzr/shared';
import { CannedResponseService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const cannedResponsesRouter = router({
  list: orgProcedure.query(({ ctx }) => service(ctx, CannedResponseService).list()),
  create: orgProcedure
    .input(ZCannedResponseInput)
    .mutation(({ ctx, input }) => service(ctx, CannedResponseService).create(input)),
  update: orgProcedure.input(ZUpdateCannedResponseInput).mutation(({ ctx, input }) => {
    const { cannedResponseId, ...changes } = input;
    return service(ctx, CannedResponseService).update(cannedResponseId, changes);
  }),
  delete: orgProcedure
    .input(ZCannedResponseIdInput)
    .mutation(({ ctx, input }) => service(ctx, CannedResponseService).remove(input.cannedResponseId)),
});
