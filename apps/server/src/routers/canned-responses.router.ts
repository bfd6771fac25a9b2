import { ZCannedResponseIdInput, ZCannedResponseInput, ZUpdateCannedResponseInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const cannedResponsesRouter = router({
  list: orgProcedure.query(({ ctx }) => ctx.services.cannedResponses.list()),
  create: orgProcedure
    .input(ZCannedResponseInput)
    .mutation(({ ctx, input }) => ctx.services.cannedResponses.create(input)),
  update: orgProcedure.input(ZUpdateCannedResponseInput).mutation(({ ctx, input }) => {
    const { cannedResponseId, ...changes } = input;
    return ctx.services.cannedResponses.update(cannedResponseId, changes);
  }),
  delete: orgProcedure
    .input(ZCannedResponseIdInput)
    .mutation(({ ctx, input }) => ctx.services.cannedResponses.remove(input.cannedResponseId)),
});
