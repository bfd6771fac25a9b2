import {
  ZChannelIdInput,
  ZCreateTwilioSmsChannelInput,
  ZSendTestSmsInput,
  ZUpdateTwilioSmsChannelInput,
} from '@stayzr/shared';
import { ChannelAccountService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure, roleProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

const adminProcedure = roleProcedure('ORG_ADMIN');

export const channelsRouter = router({
  list: orgProcedure.query(({ ctx }) => service(ctx, ChannelAccountService).list()),
  createTwilioSms: adminProcedure
    .input(ZCreateTwilioSmsChannelInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).createTwilioSms(input)),
  updateTwilioSms: adminProcedure
    .input(ZUpdateTwilioSmsChannelInput)
    .mutation(({ ctx, input }) => service(ctx, ChannelAccountService).updateTwilioSms(input)),
  sendTestSms: adminProcedure
    .input(ZSendTestSmsInput)
    .mutation(({ ctx, input }) =>
      service(ctx, ChannelAccountService).sendTestSms(input.channelAccountId, input.to),
    ),
  get: orgProcedure
    .input(ZChannelIdInput)
    .query(({ ctx, input }) => service(ctx, ChannelAccountService).get(input.channelAccountId)),
});
