import { ZMessageIdInput, ZMessageListInput, ZResendViaInput, ZSendMessageInput } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const messagesRouter = router({
  list: orgProcedure.input(ZMessageListInput).query(({ ctx, input }) => ctx.services.messages.list(input)),
  send: orgProcedure.input(ZSendMessageInput).mutation(({ ctx, input }) => ctx.services.messages.send(input)),
  retry: orgProcedure
    .input(ZMessageIdInput)
    .mutation(({ ctx, input }) => ctx.services.messages.retry(input.messageId)),
  resendVia: orgProcedure
    .input(ZResendViaInput)
    .mutation(({ ctx, input }) => ctx.services.messages.resendVia(input)),
});
