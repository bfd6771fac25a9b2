-- Knowledge (articles per language, hotel facts) and AI replies (issue 17 items 1 and 2).

-- The suggestion mode is called "suggest" everywhere else (settings, composer chip).
ALTER TYPE "AiMode" RENAME VALUE 'draft' TO 'suggest';

-- CreateEnum
CREATE TYPE "AiReplyOutcome" AS ENUM ('answered', 'suggested', 'handed_over', 'skipped');

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "ai_handover_topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "ai_provider" TEXT NOT NULL DEFAULT 'extractive',
ADD COLUMN     "ai_provider_config" JSONB;

-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "ai_mode" "AiMode",
ADD COLUMN     "ai_paused_at" TIMESTAMP(3),
ADD COLUMN     "ai_paused_reason" TEXT,
ADD COLUMN     "ai_resumed_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "knowledge_articles" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "hotel_facts" (
    "organization_id" UUID NOT NULL,
    "check_in_time" TEXT,
    "check_out_time" TEXT,
    "address" TEXT,
    "wifi_network" TEXT,
    "wifi_password" TEXT,
    "parking" TEXT,
    "breakfast_hours" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "hotel_facts_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "ai_replies" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "inbound_message_id" UUID NOT NULL,
    "reply_message_id" UUID,
    "outcome" "AiReplyOutcome" NOT NULL,
    "mode" "AiMode" NOT NULL,
    "provider" TEXT NOT NULL,
    "language" TEXT,
    "confidence" DOUBLE PRECISION,
    "draft" TEXT,
    "reason" TEXT,
    "sources" JSONB,
    "dismissed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_replies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ai_replies_inbound_message_id_key" ON "ai_replies"("inbound_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "ai_replies_reply_message_id_key" ON "ai_replies"("reply_message_id");

-- CreateIndex
CREATE INDEX "ai_replies_conversation_id_created_at_idx" ON "ai_replies"("conversation_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "ai_replies_organization_id_created_at_idx" ON "ai_replies"("organization_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "hotel_facts" ADD CONSTRAINT "hotel_facts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_replies" ADD CONSTRAINT "ai_replies_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_replies" ADD CONSTRAINT "ai_replies_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_replies" ADD CONSTRAINT "ai_replies_inbound_message_id_fkey" FOREIGN KEY ("inbound_message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_replies" ADD CONSTRAINT "ai_replies_reply_message_id_fkey" FOREIGN KEY ("reply_message_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security, as on every tenant table (20261123152000_row_level_security).
ALTER TABLE "hotel_facts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hotel_facts" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "hotel_facts"
  USING (organization_id = stayzr_current_organization_id())
  WITH CHECK (organization_id = stayzr_current_organization_id());
ALTER TABLE "ai_replies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ai_replies" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ai_replies"
  USING (organization_id = stayzr_current_organization_id())
  WITH CHECK (organization_id = stayzr_current_organization_id());

-- Search: full text in the article's language, trigrams for typos ("parkng", "wfi").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text search configuration of a language code; unknown languages use 'simple' (no stemming).
CREATE FUNCTION stayzr_ts_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT CASE language
    WHEN 'en' THEN 'english'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig WHEN 'fr' THEN 'french'::regconfig
    WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig
    WHEN 'nl' THEN 'dutch'::regconfig ELSE 'simple'::regconfig END $fn$;
GRANT EXECUTE ON FUNCTION stayzr_ts_config(text) TO stayzr_app, stayzr_platform;

-- What a search matches: title and tags weigh more than the body.
CREATE FUNCTION stayzr_knowledge_vector(language text, title text, tags text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT setweight(to_tsvector(stayzr_ts_config(language), coalesce(title, '') || ' ' || array_to_string(tags, ' ')), 'A')
    || setweight(to_tsvector(stayzr_ts_config(language), coalesce(body, '')), 'B') $fn$;
GRANT EXECUTE ON FUNCTION stayzr_knowledge_vector(text, text, text[], text) TO stayzr_app, stayzr_platform;

CREATE INDEX "knowledge_articles_search_idx" ON "knowledge_articles"
  USING gin (stayzr_knowledge_vector(language, title, tags, body));
CREATE INDEX "knowledge_articles_title_trgm_idx" ON "knowledge_articles" USING gin (title gin_trgm_ops);
