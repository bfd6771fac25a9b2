import { ZCreateStayInput, ZGuestIdInput, ZUpdateStayInput } from '@stayzr/shared';
import { StayService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const staysRouter = router({
  forGuest: orgProcedure
    .input(ZGuestIdInput)
    .query(({ ctx, input }) => service(ctx, StayService).listForGuest(input.guestId)),
  current: orgProcedure
    .input(ZGuestIdInput)
    .query(({ ctx, input }) => service(ctx, StayService).currentOrNext(input.guestId)),
  create: orgProcedure
    .input(ZCreateStayInput)
    .mutation(({ ctx, input }) => service(ctx, StayService).create(input)),
  update: orgProcedure
    .input(ZUpdateStayInput)
    .mutation(({ ctx, input }) => service(ctx, StayService).update(input)),
});
