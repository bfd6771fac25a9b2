import { Prisma, type Tx } from '@stayzr/db';
import { type KnowledgeHit, messagePreview } from '@stayzr/db/queries';
import { PLANS } from '../../billing/plans.js';
import { AppError } from '../../errors.js';
import { DELIVERY_ENQUEUE_TIMEOUT_MS } from '../../jobs/delivery.js';
import type {
  AiAnswerDto,
  AiConversationStateDto,
  AiModeValue,
  AiProviderName,
  AiSettingsDto,
  AiSettingsInput,
} from '../../schemas/knowledge.js';
import { assertCanSend, loadSubscriptionState } from '../billing/enforcement.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { KnowledgeService } from '../knowledge/knowledge-service.js';
import { describeRule, matchHandoverRules } from './handover-rules.js';
import { detectLanguage } from './language.js';
import { ExtractiveProvider } from './providers/extractive.js';
import { OpenAiCompatibleProvider } from './providers/openai-compatible.js';
import { type AiComposition, type AiProvider, MIN_CONFIDENCE } from './providers/types.js';

/** The template languages of hotel facts: knowledge "exists" in them whenever facts are filled in. */
const FACT_LANGUAGES = ['en', 'pt', 'es'];

type ProviderConfigJson = {
  baseUrl?: string;
  model?: string;
  sealedApiKey?: string;
};

export interface AiDecision {
  language: string;
  languageReliable: boolean;
  passages: KnowledgeHit[];
  composition: AiComposition;
  /** Set when our rules (not the provider) decided to hand over. */
  handoverReason: string | null;
  provider: string;
}

export type AiRunOutcome =
  | { outcome: 'answered'; messageId: string }
  | { outcome: 'suggested'; suggestionId: string }
  | { outcome: 'handed_over'; reason: string; noteWritten: boolean }
  | { outcome: 'skipped'; reason: string };

function isModeOn(mode: AiModeValue): mode is 'suggest' | 'auto' {
  return mode !== 'off';
}

/**
 * AI replies from the organization's own knowledge (the `ai` queue): language detection, retrieval,
 * composition through an AiProvider, and hand-over decided by our code. One run per inbound message
 * (a unique ai_replies row), so a job run twice sends once.
 */
export class AiReplyService extends BaseAuthenticatedService {
  // Settings ---------------------------------------------------------------------------------------

  async getSettings(): Promise<AiSettingsDto> {
    const org = await this.db((tx) =>
      tx.organization.findUniqueOrThrow({
        where: { id: this.orgId },
        select: {
          plan: true,
          aiMode: true,
          aiProvider: true,
          aiHandoverTopics: true,
          aiProviderConfig: true,
        },
      }),
    );
    const config = (org.aiProviderConfig ?? null) as ProviderConfigJson | null;
    return {
      mode: org.aiMode,
      provider: org.aiProvider === 'openai_compatible' ? 'openai_compatible' : 'extractive',
      handoverTopics: org.aiHandoverTopics,
      openai:
        config?.baseUrl && config.model
          ? { baseUrl: config.baseUrl, model: config.model, hasApiKey: Boolean(config.sealedApiKey) }
          : null,
      available: PLANS[org.plan].features.aiAutomation,
    };
  }

  async updateSettings(input: AiSettingsInput): Promise<AiSettingsDto> {
    await this.plan.requireWritable();
    if (isModeOn(input.mode)) await this.plan.requireFeature('aiAutomation');
    await this.db(async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: this.orgId },
        select: { aiProviderConfig: true },
      });
      const previous = (org.aiProviderConfig ?? null) as ProviderConfigJson | null;
      const config: ProviderConfigJson | null = input.openai
        ? {
            baseUrl: input.openai.baseUrl,
            model: input.openai.model,
            ...(input.openai.apiKey
              ? { sealedApiKey: this.deps.secrets.encrypt(input.openai.apiKey) }
              : previous?.sealedApiKey
                ? { sealedApiKey: previous.sealedApiKey }
                : {}),
          }
        : null;
      await tx.organization.update({
        where: { id: this.orgId },
        data: {
          aiMode: input.mode,
          aiProvider: input.provider,
          aiHandoverTopics: [...new Set(input.handoverTopics)],
          aiProviderConfig: config ?? Prisma.DbNull,
        },
      });
      await this.audit(tx, 'ai.settings_updated', null, {
        mode: input.mode,
        provider: input.provider,
        topics: input.handoverTopics.length,
      });
    });
    return this.getSettings();
  }

  // Conversation state -----------------------------------------------------------------------------

  async conversationState(conversationId: string): Promise<AiConversationStateDto> {
    return this.db(async (tx) => {
      const conversation = await tx.conversation.findFirst({
        where: this.scope({ id: conversationId }),
        select: {
          id: true,
          aiMode: true,
          aiPausedAt: true,
          aiPausedReason: true,
          organization: { select: { aiMode: true } },
        },
      });
      if (!conversation) throw await this.notFound('conversation', conversationId);
      const suggestion = await tx.aiReply.findFirst({
        where: { conversationId, outcome: 'suggested', dismissedAt: null },
        orderBy: { createdAt: 'desc' },
        select: { id: true, draft: true, createdAt: true },
      });
      // Only the newest guest message's suggestion, and only while no one has replied since.
      const newer = suggestion
        ? await tx.message.count({
            where: {
              conversationId,
              direction: 'outbound',
              isPrivateNote: false,
              createdAt: { gt: suggestion.createdAt },
            },
          })
        : 0;
      const orgMode = conversation.organization.aiMode;
      return {
        mode: orgMode === 'off' ? 'off' : (conversation.aiMode ?? orgMode),
        override: conversation.aiMode,
        pausedAt: conversation.aiPausedAt,
        pausedReason: conversation.aiPausedReason,
        suggestion:
          suggestion?.draft && newer === 0
            ? { id: suggestion.id, text: suggestion.draft, createdAt: suggestion.createdAt }
            : null,
      };
    });
  }

  /** Staff choose the conversation's mode; choosing one turns a paused AI back on. */
  async setConversationMode(
    conversationId: string,
    mode: AiModeValue | null,
  ): Promise<AiConversationStateDto> {
    await this.plan.requireWritable();
    await this.db(async (tx) => {
      const updated = await tx.conversation.updateMany({
        where: this.scope({ id: conversationId }),
        data: {
          aiMode: mode,
          ...(mode !== 'off' ? { aiPausedAt: null, aiPausedReason: null, aiResumedAt: new Date() } : {}),
        },
      });
      if (updated.count === 0) throw await this.notFound('conversation', conversationId);
      await this.audit(tx, 'ai.conversation_mode', { type: 'conversation', id: conversationId }, { mode });
    });
    return this.conversationState(conversationId);
  }

  async dismissSuggestion(suggestionId: string): Promise<void> {
    await this.db(async (tx) => {
      const updated = await tx.aiReply.updateMany({
        where: this.scope({ id: suggestionId, outcome: 'suggested' as const }),
        data: { dismissedAt: new Date() },
      });
      if (updated.count === 0) throw await this.notFound('ai_reply', suggestionId);
    });
  }

  // Answering --------------------------------------------------------------------------------------

  /** "Ask a question" on the knowledge page: the same retrieval and rules, nothing sent. */
  async ask(question: string): Promise<AiAnswerDto> {
    await this.plan.requireFeature('aiAutomation');
    const settings = await this.loadOrgAi();
    const decision = await this.decide(question, null, [], settings);
    return this.toAnswerDto(decision);
  }

  /**
   * The `ai` job: the plan is checked again now (a downgrade since queueing skips and logs), the
   * conversation must still want AI (mode on, not paused, no staff reply or assignment since AI was
   * last turned on), then answer, suggest or hand over.
   */
  async handleInbound(messageId: string): Promise<AiRunOutcome> {
    const loaded = await this.db(async (tx) => {
      const message = await tx.message.findFirst({
        where: this.scope({ id: messageId }),
        include: { conversation: { include: { guest: true, channelAccount: true } } },
      });
      if (!message) return null;
      const done = await tx.aiReply.findUnique({
        where: { inboundMessageId: messageId },
        select: { id: true },
      });
      const state = await loadSubscriptionState(tx, this.orgId);
      return { message, done: Boolean(done), state };
    });
    if (!loaded) return { outcome: 'skipped', reason: 'message not found' };
    const { message, state } = loaded;
    const { conversation } = message;
    if (loaded.done) return { outcome: 'skipped', reason: 'already handled' };
    if (message.direction !== 'inbound' || message.senderType !== 'guest') {
      return { outcome: 'skipped', reason: 'not a guest message' };
    }
    const settings = await this.loadOrgAi();
    const mode: AiModeValue = settings.mode === 'off' ? 'off' : (conversation.aiMode ?? settings.mode);
    if (!PLANS[state.plan].features.aiAutomation) {
      this.deps.logger.info(
        { organizationId: this.orgId, messageId, plan: state.plan },
        'ai reply skipped: the plan no longer includes aiAutomation',
      );
      await this.record(message, {
        outcome: 'skipped',
        mode,
        provider: settings.provider,
        reason: 'feature_not_in_plan',
      });
      return { outcome: 'skipped', reason: 'feature_not_in_plan' };
    }
    if (!isModeOn(mode) || !conversation.aiEnabled) return { outcome: 'skipped', reason: 'ai off' };
    if (conversation.aiPausedAt) return { outcome: 'skipped', reason: 'ai paused' };
    if (await this.staffHasTakenOver(conversation)) return { outcome: 'skipped', reason: 'staff took over' };

    const recent = await this.recentMessages(conversation.id, message.id);
    const decision = await this.decide(message.body, conversation.guest.language, recent, settings);
    const handoverReason = this.handoverReasonOf(decision);
    if (handoverReason) return this.handOver(message, mode, decision, handoverReason);
    const answer = decision.composition.answer ?? '';
    if (mode === 'suggest') {
      const id = await this.record(message, {
        outcome: 'suggested',
        mode,
        provider: decision.provider,
        decision,
        draft: answer,
      });
      if (id) await this.publishConversation(conversation.id, conversation.assigneeId, conversation.status);
      return id
        ? { outcome: 'suggested', suggestionId: id }
        : { outcome: 'skipped', reason: 'already handled' };
    }
    return this.sendAnswer(message, decision, answer);
  }

  private handoverReasonOf(decision: AiDecision): string | null {
    if (decision.handoverReason) return decision.handoverReason;
    const c = decision.composition;
    if (c.handover || !c.answer?.trim()) return c.reason ?? 'the AI could not answer';
    if (c.confidence < MIN_CONFIDENCE) return `low confidence (${c.confidence.toFixed(2)})`;
    return null;
  }

  private async decide(
    question: string,
    guestLanguage: string | null,
    recent: { from: 'guest' | 'hotel'; body: string }[],
    settings: OrgAiSettings,
  ): Promise<AiDecision> {
    const knowledge = new KnowledgeService(this.deps, this.ctx);
    const candidates = [...new Set([...settings.languages, ...FACT_LANGUAGES])];
    const detected = await detectLanguage(question, candidates);
    const passages = await knowledge.search(question, 5);
    const language =
      (detected.reliable && detected.language) ||
      (guestLanguage && candidates.includes(guestLanguage) ? guestLanguage : null) ||
      passages[0]?.language ||
      detected.language ||
      'en';
    const rule = matchHandoverRules(question, settings.handoverTopics);
    const provider = this.providerFor(settings);
    const composition = rule
      ? { answer: null, confidence: 0, handover: true, reason: describeRule(rule), sources: [] }
      : await provider.compose({ question, language, passages, recent });
    return {
      language,
      languageReliable: detected.reliable,
      passages,
      composition,
      handoverReason: rule ? describeRule(rule) : null,
      provider: provider.name,
    };
  }

  private providerFor(settings: OrgAiSettings): AiProvider {
    if (settings.provider !== 'openai_compatible') return new ExtractiveProvider();
    const platform = this.deps.ai;
    const own = settings.openai;
    const baseUrl = own?.baseUrl ?? platform?.openaiBaseUrl;
    if (!baseUrl) return new ExtractiveProvider();
    const apiKey = own?.sealedApiKey
      ? this.deps.secrets.decrypt(own.sealedApiKey)
      : (platform?.openaiApiKey ?? '');
    return new OpenAiCompatibleProvider({
      baseUrl,
      apiKey,
      model: own?.model ?? platform?.openaiModel ?? 'gpt-4o-mini',
      timeoutMs: platform?.timeoutMs ?? 8_000,
    });
  }

  private async loadOrgAi(): Promise<OrgAiSettings> {
    return this.db(async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: this.orgId },
        select: { aiMode: true, aiProvider: true, aiHandoverTopics: true, aiProviderConfig: true },
      });
      const languages = await tx.knowledgeArticle.findMany({
        where: this.scope({ published: true }),
        distinct: ['language'],
        select: { language: true },
      });
      return {
        mode: org.aiMode,
        provider: (org.aiProvider === 'openai_compatible'
          ? 'openai_compatible'
          : 'extractive') as AiProviderName,
        handoverTopics: org.aiHandoverTopics,
        openai: (org.aiProviderConfig ?? null) as ProviderConfigJson | null,
        languages: languages.map((l) => l.language),
      };
    });
  }

  /** Staff replied (or took the conversation) since AI was last turned on: AI stays silent. */
  private async staffHasTakenOver(conversation: {
    id: string;
    assigneeId: string | null;
    aiResumedAt: Date | null;
  }): Promise<boolean> {
    if (conversation.assigneeId && !conversation.aiResumedAt) return true;
    const replies = await this.db((tx) =>
      tx.message.count({
        where: {
          conversationId: conversation.id,
          senderType: 'staff',
          direction: 'outbound',
          isPrivateNote: false,
          ...(conversation.aiResumedAt ? { createdAt: { gt: conversation.aiResumedAt } } : {}),
        },
      }),
    );
    return replies > 0;
  }

  private async recentMessages(conversationId: string, beforeId: string) {
    const rows = await this.db((tx) =>
      tx.message.findMany({
        where: { conversationId, isPrivateNote: false, id: { not: beforeId } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 6,
        select: { direction: true, body: true },
      }),
    );
    return rows.reverse().map((r) => ({
      from: r.direction === 'inbound' ? ('guest' as const) : ('hotel' as const),
      body: r.body,
    }));
  }

  /**
   * Hand-over exactly once per conversation: the conditional update lets one of several concurrent
   * runs pause the AI; only that one writes the internal note. A reopened conversation stays paused
   * until staff turn AI back on, so no loop restarts.
   */
  private async handOver(
    message: LoadedInbound,
    mode: AiModeValue,
    decision: AiDecision,
    reason: string,
  ): Promise<AiRunOutcome> {
    const result = await this.db(async (tx) => {
      const id = await this.insertRun(tx, message, {
        outcome: 'handed_over',
        mode,
        provider: decision.provider,
        decision,
        reason,
      });
      if (!id) return null;
      const paused = await tx.conversation.updateMany({
        where: { id: message.conversationId, aiPausedAt: null },
        data: { aiPausedAt: new Date(), aiPausedReason: reason, status: 'open', snoozedUntil: null },
      });
      if (paused.count === 0) return { note: null };
      const note = await tx.message.create({
        data: {
          organizationId: this.orgId,
          conversationId: message.conversationId,
          channelAccountId: message.channelAccountId,
          direction: 'outbound',
          senderType: 'system',
          body: `AI handed this conversation to the team: ${reason}. AI is paused here until someone turns it back on.`,
          status: 'sent',
          isPrivateNote: true,
          metadata: { ai: { handover: true, reason } },
        },
        select: { id: true },
      });
      return { note };
    });
    if (!result) return { outcome: 'skipped', reason: 'already handled' };
    if (result.note) {
      const assigneeId = message.conversation.assigneeId;
      await this.deps.events.publish(this.orgId, {
        type: 'message.created',
        conversationId: message.conversationId,
        messageId: result.note.id,
        assigneeId,
      });
      await this.publishConversation(message.conversationId, assigneeId, 'open');
    }
    this.deps.logger.info(
      { organizationId: this.orgId, messageId: message.id, noteWritten: Boolean(result.note) },
      'ai handed over',
    );
    return { outcome: 'handed_over', reason, noteWritten: Boolean(result.note) };
  }

  /** Auto mode: sent as sender `ai`, counted in the month's messages; a refusal (quota, plan) hands over. */
  private async sendAnswer(
    message: LoadedInbound,
    decision: AiDecision,
    answer: string,
  ): Promise<AiRunOutcome> {
    let sent: { id: string } | null;
    try {
      sent = await this.db(async (tx) => {
        const runId = await this.insertRun(tx, message, {
          outcome: 'answered',
          mode: 'auto',
          provider: decision.provider,
          decision,
          draft: answer,
        });
        if (!runId) return null;
        const { channelAccount, guest } = message.conversation;
        await assertCanSend(tx, this.orgId, channelAccount.type);
        if (channelAccount.status === 'disabled') throw new AppError('CONFLICT', 'the channel is disabled');
        if (channelAccount.type === 'sms' && guest.smsOptedOutAt) {
          throw new AppError('GUEST_OPTED_OUT', 'the guest opted out of texts');
        }
        const reply = await tx.message.create({
          data: {
            organizationId: this.orgId,
            conversationId: message.conversationId,
            channelAccountId: message.channelAccountId,
            direction: 'outbound',
            senderType: 'ai',
            body: answer,
            status: 'queued',
            metadata: {
              ai: {
                confidence: decision.composition.confidence,
                sources: decision.composition.sources,
                language: decision.language,
              },
            },
          },
          select: { id: true, createdAt: true },
        });
        await tx.aiReply.update({ where: { id: runId }, data: { replyMessageId: reply.id } });
        await tx.conversation.update({
          where: { id: message.conversationId },
          data: {
            lastMessageAt: reply.createdAt,
            lastMessagePreview: messagePreview(answer),
            replyFailedAt: null,
          },
          select: { id: true },
        });
        // Last: the month's counter row stays locked until commit.
        await this.plan.consumeUsage(tx, 'messages', 1);
        return { id: reply.id };
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return this.handOver(message, 'auto', decision, `the answer could not be sent (${error.message})`);
    }
    if (!sent) return { outcome: 'skipped', reason: 'already handled' };
    try {
      await this.deps.queues.enqueue(
        'delivery.send-message',
        { organizationId: this.orgId, messageId: sent.id },
        { jobId: sent.id, timeoutMs: DELIVERY_ENQUEUE_TIMEOUT_MS },
      );
    } catch (error) {
      this.deps.logger.warn(
        { err: error, messageId: sent.id },
        'ai reply not queued yet; the sweeper will retry',
      );
    }
    await this.deps.events.publish(this.orgId, {
      type: 'message.created',
      conversationId: message.conversationId,
      messageId: sent.id,
      assigneeId: message.conversation.assigneeId,
    });
    return { outcome: 'answered', messageId: sent.id };
  }

  private async record(message: LoadedInbound, run: RunRecord): Promise<string | null> {
    return this.db((tx) => this.insertRun(tx, message, run));
  }

  /** The run's unique row; null when this inbound message was handled already (a job run twice). */
  private async insertRun(tx: Tx, message: LoadedInbound, run: RunRecord): Promise<string | null> {
    const rows = await tx.aiReply.createManyAndReturn({
      data: [
        {
          organizationId: this.orgId,
          conversationId: message.conversationId,
          inboundMessageId: message.id,
          outcome: run.outcome,
          mode: run.mode,
          provider: run.provider,
          language: run.decision?.language ?? null,
          confidence: run.decision?.composition.confidence ?? null,
          draft: run.draft ?? null,
          reason: run.reason ?? null,
          sources: run.decision ? run.decision.composition.sources : undefined,
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    return rows[0]?.id ?? null;
  }

  private publishConversation(
    conversationId: string,
    assigneeId: string | null,
    status: 'open' | 'pending' | 'snoozed' | 'resolved',
  ) {
    return this.deps.events.publish(this.orgId, {
      type: 'conversation.updated',
      conversationId,
      assigneeId,
      status,
    });
  }

  private toAnswerDto(decision: AiDecision): AiAnswerDto {
    const reason = this.handoverReasonOf(decision);
    return {
      language: decision.language,
      languageReliable: decision.languageReliable,
      passages: decision.passages.map((p) => ({
        kind: p.kind,
        ref: p.ref,
        title: p.title,
        body: p.body,
        language: p.language,
        score: Math.round(p.score * 1000) / 1000,
      })),
      answer: reason ? null : decision.composition.answer,
      confidence: decision.composition.confidence,
      handover: Boolean(reason),
      reason,
      provider: decision.provider,
    };
  }
}

interface OrgAiSettings {
  mode: AiModeValue;
  provider: AiProviderName;
  handoverTopics: string[];
  openai: ProviderConfigJson | null;
  languages: string[];
}

interface RunRecord {
  outcome: 'answered' | 'suggested' | 'handed_over' | 'skipped';
  mode: AiModeValue;
  provider: string;
  decision?: AiDecision;
  draft?: string;
  reason?: string;
}

type LoadedInbound = {
  id: string;
  conversationId: string;
  channelAccountId: string;
  body: string;
  conversation: {
    assigneeId: string | null;
    status: 'open' | 'pending' | 'snoozed' | 'resolved';
    channelAccount: { type: 'sms' | 'whatsapp' | 'email'; status: string };
    guest: { smsOptedOutAt: Date | null };
  };
};
