import { ZChannelIdInput } from '@stayzr/shared';
import {
  ChannelAccountService,
  ZConnectChannelInput,
  ZTestChannelInput,
  ZUpdateChannelInput,
} from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure, roleProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

const adminProcedure = roleProcedure('ORG_ADMIN');

/** Provider-neutral: the provider's own settings travel in `config`, checked by its schema from the registry. */
export const channelsRouter = router({
  list: orgProcedure.query(({ ctx }) => service(ctx, ChannelAccountService).list()),
  get: orgProcedure
    .input(ZChannelIdInput)
    .query(({ ctx, input }) => service(ctx, ChannelAccountService).get(input.channelAccountId)),
  connect: adminProcedure
    .input(ZConnectChannelInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).connect(input)),
  update: adminProcedure
    .input(ZUpdateChannelInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).update(input)),
  test: adminProcedure
    .input(ZTestChannelInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).test(input)),
  disconnect: adminProcedure
    .input(ZChannelIdInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).disconnect(input.channelAccountId)),
});
