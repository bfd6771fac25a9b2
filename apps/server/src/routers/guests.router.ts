import { ZGuestIdInput, ZGuestSearchInput, ZMergeGuestsInput, ZUpdateGuestInput } from '@stayzr/shared';
import { GuestService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const guestsRouter = router({
  get: orgProcedure
    .input(ZGuestIdInput)
    .query(({ ctx, input }) => service(ctx, GuestService).get(input.guestId)),
  search: orgProcedure
    .input(ZGuestSearchInput)
    .query(({ ctx, input }) => service(ctx, GuestService).search(input.query, input.limit)),
  update: orgProcedure
    .input(ZUpdateGuestInput)
    .mutation(({ ctx, input }) => service(ctx, GuestService).update(input)),
  merge: orgProcedure
    .input(ZMergeGuestsInput)
    .mutation(({ ctx, input }) => service(ctx, GuestService).merge(input.survivorId, input.mergedId)),
});
