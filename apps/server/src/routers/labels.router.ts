import { ZLabelIdInput, ZLabelInput, ZUpdateLabelInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

export const labelsRouter = router({
  list: orgProcedure.query(({ ctx }) => ctx.services.labels.list()),
  create: adminProcedure.input(ZLabelInput).mutation(({ ctx, input }) => ctx.services.labels.create(input)),
  update: adminProcedure.input(ZUpdateLabelInput).mutation(({ ctx, input }) => {
    const { labelId, ...changes } = input;
    return ctx.services.labels.update(labelId, changes);
  }),
  delete: adminProcedure
    .input(ZLabelIdInput)
    .mutation(({ ctx, input }) => ctx.services.labels.remove(input.labelId)),
});
