import { ZCreateStayInput, ZGuestIdInput, ZUpdateStayInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const staysRouter = router({
  forGuest: orgProcedure
    .input(ZGuestIdInput)
    .query(({ ctx, input }) => ctx.services.stays.listForGuest(input.guestId)),
  current: orgProcedure
    .input(ZGuestIdInput)
    .query(({ ctx, input }) => ctx.services.stays.currentOrNext(input.guestId)),
  create: orgProcedure.input(ZCreateStayInput).mutation(({ ctx, input }) => ctx.services.stays.create(input)),
  update: orgProcedure.input(ZUpdateStayInput).mutation(({ ctx, input }) => ctx.services.stays.update(input)),
});
