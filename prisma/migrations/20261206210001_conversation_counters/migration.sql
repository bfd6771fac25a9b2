-- The conversation number moves from the organization row to a row of its own. Every new
-- conversation increments it, and that update locked the organization row until commit, while every
-- message insert's foreign-key check takes a share lock on the same row: a burst of new guests queued
-- on it and multiplied multixacts (MultiXactMember waits in the live-inbox bench).

-- CreateTable
CREATE TABLE "conversation_counters" (
    "organization_id" UUID NOT NULL,
    "last_number" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "conversation_counters_pkey" PRIMARY KEY ("organization_id")
);

-- AddForeignKey
ALTER TABLE "conversation_counters" ADD CONSTRAINT "conversation_counters_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep every hotel's numbering where it was.
INSERT INTO "conversation_counters" ("organization_id", "last_number")
SELECT "id", "conversation_seq" FROM "organizations" WHERE "conversation_seq" > 0;

-- AlterTable
ALTER TABLE "organizations" DROP COLUMN "conversation_seq";

-- Row-level security, as on every tenant table (20261123152000_row_level_security).
ALTER TABLE "conversation_counters" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "conversation_counters" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "conversation_counters"
  USING (organization_id = stayzr_current_organization_id())
  WITH CHECK (organization_id = stayzr_current_organization_id());
