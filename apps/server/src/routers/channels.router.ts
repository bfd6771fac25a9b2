import { ZChannelIdInput } from '@stayzr/shared';
import { ZConnectChannelInput, ZTestChannelInput, ZUpdateChannelInput } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

/** Provider-neutral: the provider's own settings travel in `config`, checked by its schema from the registry. */
export const channelsRouter = router({
  list: orgProcedure.query(({ ctx }) => ctx.services.channels.list()),
  get: orgProcedure
    .input(ZChannelIdInput)
    .query(({ ctx, input }) => ctx.services.channels.get(input.channelAccountId)),
  connect: adminProcedure
    .input(ZConnectChannelInput)
    .mutation(({ ctx, input }) => ctx.services.channels.connect(input)),
  update: adminProcedure
    .input(ZUpdateChannelInput)
    .mutation(({ ctx, input }) => ctx.services.channels.update(input)),
  test: adminProcedure
    .input(ZTestChannelInput)
    .mutation(({ ctx, input }) => ctx.services.channels.test(input)),
  disconnect: adminProcedure
    .input(ZChannelIdInput)
    .mutation(({ ctx, input }) => ctx.services.channels.disconnect(input.channelAccountId)),
});
