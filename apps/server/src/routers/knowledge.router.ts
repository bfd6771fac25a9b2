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
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

/** The hotel's knowledge (org admins write, staff read) and the AI that answers from it. */
export const knowledgeRouter = router({
  articles: router({
    list: orgProcedure.query(({ ctx }) => ctx.services.knowledge.listArticles()),
    create: adminProcedure
      .input(ZKnowledgeArticleInput)
      .mutation(({ ctx, input }) => ctx.services.knowledge.createArticle(input)),
    update: adminProcedure.input(ZUpdateKnowledgeArticleInput).mutation(({ ctx, input }) => {
      const { articleId, ...changes } = input;
      return ctx.services.knowledge.updateArticle(articleId, changes);
    }),
    delete: adminProcedure
      .input(ZKnowledgeArticleIdInput)
      .mutation(({ ctx, input }) => ctx.services.knowledge.deleteArticle(input.articleId)),
  }),
  import: adminProcedure
    .input(ZKnowledgeImportInput)
    .mutation(({ ctx, input }) => ctx.services.knowledge.importArticles(input)),
  facts: router({
    get: orgProcedure.query(({ ctx }) => ctx.services.knowledge.getFacts()),
    update: adminProcedure
      .input(ZHotelFactsInput)
      .mutation(({ ctx, input }) => ctx.services.knowledge.updateFacts(input)),
  }),
  ask: orgProcedure
    .input(ZKnowledgeAskInput)
    .mutation(({ ctx, input }) => ctx.services.ai.ask(input.question)),
  ai: router({
    settings: orgProcedure.query(({ ctx }) => ctx.services.ai.getSettings()),
    updateSettings: adminProcedure
      .input(ZAiSettingsInput)
      .mutation(({ ctx, input }) => ctx.services.ai.updateSettings(input)),
    conversation: orgProcedure
      .input(ZConversationIdInput)
      .query(({ ctx, input }) => ctx.services.ai.conversationState(input.conversationId)),
    setConversationMode: orgProcedure
      .input(ZConversationAiInput)
      .mutation(({ ctx, input }) => ctx.services.ai.setConversationMode(input.conversationId, input.mode)),
    dismissSuggestion: orgProcedure
      .input(ZAiSuggestionIdInput)
      .mutation(({ ctx, input }) => ctx.services.ai.dismissSuggestion(input.suggestionId)),
  }),
});
