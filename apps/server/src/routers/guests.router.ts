import { ZGuestIdInput, ZGuestSearchInput, ZMergeGuestsInput, ZUpdateGuestInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const guestsRouter = router({
  get: orgProcedure.input(ZGuestIdInput).query(({ ctx, input }) => ctx.services.guests.get(input.guestId)),
  search: orgProcedure
    .input(ZGuestSearchInput)
    .query(({ ctx, input }) => ctx.services.guests.search(input.query, input.limit)),
  update: orgProcedure
    .input(ZUpdateGuestInput)
    .mutation(({ ctx, input }) => ctx.services.guests.update(input)),
  merge: orgProcedure
    .input(ZMergeGuestsInput)
    .mutation(({ ctx, input }) => ctx.services.guests.merge(input.survivorId, input.mergedId)),
});
