import { ZMessageIdInput, ZMessageListInput, ZResendViaInput, ZSendMessageInput } from '@stayzr/shared';
import { MessageService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const messagesRouter = router({
  list: orgProcedure
    .input(ZMessageListInput)
    .query(({ ctx, input }) => service(ctx, MessageService).list(input)),
  send: orgProcedure
    .input(ZSendMessageInput)
    .mutation(({ ctx, input }) => service(ctx, MessageService).send(input)),
  retry: orgProcedure
    .input(ZMessageIdInput)
    .mutation(({ ctx, input }) => service(ctx, MessageService).retry(input.messageId)),
  resendVia: orgProcedure
    .input(ZResendViaInput)
    .mutation(({ ctx, input }) => service(ctx, MessageService).resendVia(input)),
});
