import {
  ZChannelIdInput,
  ZCreateTwilioSmsChannelInput,
  ZSendTestSmsInput,
  ZUpdateTwilioSmsChannelInput,
} from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

export const channelsRouter = router({
  list: orgProcedure.query(({ ctx }) => ctx.services.channels.list()),
  createTwilioSms: adminProcedure
    .input(ZCreateTwilioSmsChannelInput)
    .mutation(({ ctx, input }) => ctx.services.channels.createTwilioSms(input)),
  updateTwilioSms: adminProcedure
    .input(ZUpdateTwilioSmsChannelInput)
    .mutation(({ ctx, input }) => ctx.services.channels.updateTwilioSms(input)),
  sendTestSms: adminProcedure
    .input(ZSendTestSmsInput)
    .mutation(({ ctx, input }) => ctx.services.channels.sendTestSms(input.channelAccountId, input.to)),
  get: orgProcedure
    .input(ZChannelIdInput)
    .query(({ ctx, input }) => ctx.services.channels.get(input.channelAccountId)),
});
