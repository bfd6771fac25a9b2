import { ZLabelIdInput, ZLabelInput, ZUpdateLabelInput } from '@stayzr/shared';
import { LabelService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const labelsRouter = router({
  list: orgProcedure.query(({ ctx }) => service(ctx, LabelService).list()),
  create: orgProcedure
    .input(ZLabelInput)
    .mutation(({ ctx, input }) => service(ctx, LabelService).create(input)),
  update: orgProcedure.input(ZUpdateLabelInput).mutation(({ ctx, input }) => {
    const { labelId, ...changes } = input;
    return service(ctx, LabelService).update(labelId, changes);
  }),
  delete: orgProcedure
    .input(ZLabelIdInput)
    .mutation(({ ctx, input }) => service(ctx, LabelService).remove(input.labelId)),
});
