import { z } from 'zod';
import { ZId } from './team.js';
import { zText } from './text.js';

/** Languages the knowledge base searches with their own stemming (and the AI detects). */
export const KNOWLEDGE_LANGUAGES = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];
export const ZKnowledgeLanguage = z.enum(KNOWLEDGE_LANGUAGES);
export const KNOWLEDGE_LANGUAGE_LABELS: Record<KnowledgeLanguage, string> = {
  en: 'English',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  nl: 'Dutch',
};

export const ARTICLE_BODY_MAX = 20_000;
/** A Markdown or CSV import larger than this is refused before it is parsed. */
export const KNOWLEDGE_IMPORT_MAX_BYTES = 1_000_000;
export const KNOWLEDGE_IMPORT_MAX_ARTICLES = 500;

export const ZKnowledgeArticleInput = z.object({
  title: zText().trim().min(1).max(200),
  // Stored as text: HTML is kept verbatim and rendered escaped.
  body: zText().trim().min(1).max(ARTICLE_BODY_MAX),
  tags: z.array(zText().trim().toLowerCase().min(1).max(40)).max(20).default([]),
  language: ZKnowledgeLanguage.default('en'),
  published: z.boolean().default(true),
});
export type KnowledgeArticleInput = z.infer<typeof ZKnowledgeArticleInput>;
export const ZUpdateKnowledgeArticleInput = ZKnowledgeArticleInput.partial().extend({ articleId: ZId });
export const ZKnowledgeArticleIdInput = z.object({ articleId: ZId });

export const ZKnowledgeImportInput = z.object({
  format: z.enum(['markdown', 'csv']),
  // Checked against KNOWLEDGE_IMPORT_MAX_BYTES by the service, with a readable message; this bound
  // only keeps a hostile request from being parsed at all.
  content: zText().max(KNOWLEDGE_IMPORT_MAX_BYTES * 4),
  language: ZKnowledgeLanguage.default('en'),
  tags: z.array(zText().trim().toLowerCase().min(1).max(40)).max(20).default([]),
});
export type KnowledgeImportInput = z.infer<typeof ZKnowledgeImportInput>;

const ZFactText = (max: number) =>
  zText()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();
const ZTimeOfDay = zText()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24 h)')
  .nullable()
  .or(z.literal('').transform(() => null));

export const ZHotelFactsInput = z.object({
  checkInTime: ZTimeOfDay,
  checkOutTime: ZTimeOfDay,
  address: ZFactText(300),
  wifiNetwork: ZFactText(100),
  wifiPassword: ZFactText(100),
  parking: ZFactText(500),
  breakfastHours: ZFactText(200),
});
export type HotelFactsInput = z.infer<typeof ZHotelFactsInput>;

export const ZKnowledgeAskInput = z.object({
  question: zText().trim().min(1).max(1_000),
});

export const AI_MODES = ['off', 'suggest', 'auto'] as const;
export type AiModeValue = (typeof AI_MODES)[number];
export const ZAiMode = z.enum(AI_MODES);
export const AI_PROVIDERS = ['extractive', 'openai_compatible'] as const;
export type AiProviderName = (typeof AI_PROVIDERS)[number];

export const ZAiSettingsInput = z.object({
  mode: ZAiMode,
  provider: z.enum(AI_PROVIDERS),
  handoverTopics: z.array(zText().trim().toLowerCase().min(2).max(60)).max(30),
  openai: z
    .object({
      baseUrl: z.url().max(300),
      model: zText().trim().min(1).max(100),
      // Omitted or empty: keep the stored key (or use the platform's when none is stored).
      apiKey: zText().trim().max(300).optional(),
    })
    .nullable()
    .default(null),
});
export type AiSettingsInput = z.infer<typeof ZAiSettingsInput>;

export const ZConversationAiInput = z.object({
  conversationId: ZId,
  /** null = follow the organization's mode. */
  mode: ZAiMode.nullable(),
});
export const ZAiSuggestionIdInput = z.object({ suggestionId: ZId });

// DTOs -------------------------------------------------------------------------------------------------

export interface KnowledgeArticleDto {
  id: string;
  title: string;
  body: string;
  tags: string[];
  language: string;
  published: boolean;
  updatedAt: Date;
}

export interface HotelFactsDto {
  checkInTime: string | null;
  checkOutTime: string | null;
  address: string | null;
  wifiNetwork: string | null;
  wifiPassword: string | null;
  parking: string | null;
  breakfastHours: string | null;
}

export interface KnowledgeImportResult {
  created: number;
  titles: string[];
}

export interface KnowledgePassageDto {
  kind: 'article' | 'fact';
  ref: string;
  title: string;
  body: string;
  language: string;
  score: number;
}

export interface AiAnswerDto {
  language: string;
  languageReliable: boolean;
  passages: KnowledgePassageDto[];
  answer: string | null;
  confidence: number;
  handover: boolean;
  reason: string | null;
  provider: string;
}

export interface AiSettingsDto {
  mode: AiModeValue;
  provider: AiProviderName;
  handoverTopics: string[];
  openai: { baseUrl: string; model: string; hasApiKey: boolean } | null;
  /** Whether the plan includes AI replies (aiAutomation). */
  available: boolean;
}

export interface AiConversationStateDto {
  mode: AiModeValue;
  /** The conversation's own setting; null = the organization's. */
  override: AiModeValue | null;
  pausedAt: Date | null;
  pausedReason: string | null;
  suggestion: { id: string; text: string; createdAt: Date } | null;
}
