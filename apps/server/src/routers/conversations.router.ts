import { ZAssignInput, ZConversationIdInput, ZConversationListInput, ZSetStatusInput } from '@stayzr/shared';
import { ConversationService, TypingService } from '@stayzr/shared/server';
import { z } from 'zod';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

export const conversationsRouter = router({
  list: orgProcedure
    .input(ZConversationListInput)
    .query(({ ctx, input }) => service(ctx, ConversationService).list(input)),
  counts: orgProcedure
    .input(z.object({ assignee: ZConversationListInput.shape.assignee }))
    .query(({ ctx, input }) => service(ctx, ConversationService).counts(input.assignee)),
  get: orgProcedure
    .input(ZConversationIdInput)
    .query(({ ctx, input }) => service(ctx, ConversationService).get(input.conversationId)),
  assign: orgProcedure
    .input(ZAssignInput)
    .mutation(({ ctx, input }) =>
      service(ctx, ConversationService).assign(input.conversationId, input.assigneeId),
    ),
  setStatus: orgProcedure
    .input(ZSetStatusInput)
    .mutation(({ ctx, input }) => service(ctx, ConversationService).setStatus(input)),
  markRead: orgProcedure
    .input(ZConversationIdInput)
    .mutation(({ ctx, input }) => service(ctx, ConversationService).markRead(input.conversationId)),
  /** "I am typing here": an ephemeral event for colleagues' collision warning (see TypingService). */
  typing: orgProcedure
    .input(ZConversationIdInput)
    .mutation(({ ctx, input }) => service(ctx, TypingService).typing(input.conversationId)),
});
