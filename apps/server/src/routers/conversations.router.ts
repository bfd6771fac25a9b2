import {
  ZAssignInput,
  ZBulkUpdateInput,
  ZConversationIdInput,
  ZConversationLabelInput,
  ZConversationListInput,
  ZSetStatusInput,
} from '@stayzr/shared';
import { z } from 'zod';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const conversationsRouter = router({
  list: orgProcedure
    .input(ZConversationListInput)
    .query(({ ctx, input }) => ctx.services.conversations.list(input)),
  counts: orgProcedure
    .input(z.object({ assignee: ZConversationListInput.shape.assignee }))
    .query(({ ctx, input }) => ctx.services.conversations.counts(input.assignee)),
  get: orgProcedure
    .input(ZConversationIdInput)
    .query(({ ctx, input }) => ctx.services.conversations.get(input.conversationId)),
  assign: orgProcedure
    .input(ZAssignInput)
    .mutation(({ ctx, input }) => ctx.services.conversations.assign(input.conversationId, input.assigneeId)),
  setStatus: orgProcedure
    .input(ZSetStatusInput)
    .mutation(({ ctx, input }) => ctx.services.conversations.setStatus(input)),
  bulkUpdate: orgProcedure
    .input(ZBulkUpdateInput)
    .mutation(({ ctx, input }) => ctx.services.conversations.bulkUpdate(input)),
  addLabel: orgProcedure
    .input(ZConversationLabelInput)
    .mutation(({ ctx, input }) =>
      ctx.services.conversations.setLabel(input.conversationId, input.labelId, true),
    ),
  removeLabel: orgProcedure
    .input(ZConversationLabelInput)
    .mutation(({ ctx, input }) =>
      ctx.services.conversations.setLabel(input.conversationId, input.labelId, false),
    ),
  markRead: orgProcedure
    .input(ZConversationIdInput)
    .mutation(({ ctx, input }) => ctx.services.conversations.markRead(input.conversationId)),
  /** "I am typing here": an ephemeral event for colleagues' collision warning (see TypingService). */
  typing: orgProcedure
    .input(ZConversationIdInput)
    .mutation(({ ctx, input }) => ctx.services.typing.typing(input.conversationId)),
});
