import {
  ZAiSettingsInput,
  ZAiSuggestionIdInput,
  ZConversationAiInput,
  ZConversationIdInput,
  ZHotelFactsInput,
  ZKnowledgeArticleIdInput,
  ZKnowledgeArticleInput,
  ZKnowledgeAskInput,
  ZKnowledgeImportInput,
  ZUpdateKnowledgeArticleInput,
} from '@stayzr/shared';
import { AiReplyService, KnowledgeService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

/** The hotel's knowledge (org admins write, staff read) and the AI that answers from it. */
export const knowledgeRouter = router({
  articles: router({
    list: orgProcedure.query(({ ctx }) => service(ctx, KnowledgeService).listArticles()),
    create: orgProcedure
      .input(ZKnowledgeArticleInput)
      .mutation(({ ctx, input }) => service(ctx, KnowledgeService).createArticle(input)),
    update: orgProcedure.input(ZUpdateKnowledgeArticleInput).mutation(({ ctx, input }) => {
      const { articleId, ...changes } = input;
      return service(ctx, KnowledgeService).updateArticle(articleId, changes);
    }),
    delete: orgProcedure
      .input(ZKnowledgeArticleIdInput)
      .mutation(({ ctx, input }) => service(ctx, KnowledgeService).deleteArticle(input.articleId)),
  }),
  import: orgProcedure
    .input(ZKnowledgeImportInput)
    .mutation(({ ctx, input }) => service(ctx, KnowledgeService).importArticles(input)),
  facts: router({
    get: orgProcedure.query(({ ctx }) => service(ctx, KnowledgeService).getFacts()),
    update: orgProcedure
      .input(ZHotelFactsInput)
      .mutation(({ ctx, input }) => service(ctx, KnowledgeService).updateFacts(input)),
  }),
  ask: orgProcedure
    .input(ZKnowledgeAskInput)
    .mutation(({ ctx, input }) => service(ctx, AiReplyService).ask(input.question)),
  ai: router({
    settings: orgProcedure.query(({ ctx }) => service(ctx, AiReplyService).getSettings()),
    updateSettings: orgProcedure
      .input(ZAiSettingsInput)
      .mutation(({ ctx, input }) => service(ctx, AiReplyService).updateSettings(input)),
    conversation: orgProcedure
      .input(ZConversationIdInput)
      .query(({ ctx, input }) => service(ctx, AiReplyService).conversationState(input.conversationId)),
    setConversationMode: orgProcedure
      .input(ZConversationAiInput)
      .mutation(({ ctx, input }) =>
        service(ctx, AiReplyService).setConversationMode(input.conversationId, input.mode),
      ),
    dismissSuggestion: orgProcedure
      .input(ZAiSuggestionIdInput)
      .mutation(({ ctx, input }) => service(ctx, AiReplyService).dismissSuggestion(input.suggestionId)),
  }),
});
