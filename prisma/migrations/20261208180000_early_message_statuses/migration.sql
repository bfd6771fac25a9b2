-- CreateTable
CREATE TABLE "early_message_statuses" (
    "organization_id" UUID NOT NULL,
    "channel_account_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL,
    "error_code" TEXT,
    "error_message" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "early_message_statuses_pkey" PRIMARY KEY ("channel_account_id","external_id","status")
);

-- CreateIndex
CREATE INDEX "early_message_statuses_organization_id_received_at_idx" ON "early_message_statuses"("organization_id", "received_at");

-- AddForeignKey
ALTER TABLE "early_message_statuses" ADD CONSTRAINT "early_message_statuses_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "early_message_statuses" ADD CONSTRAINT "early_message_statuses_channel_account_id_fkey" FOREIGN KEY ("channel_account_id") REFERENCES "channel_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every tenant table (20261123152000_row_level_security).
ALTER TABLE "early_message_statuses" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "early_message_statuses" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "early_message_statuses"
  USING (organization_id = stayzr_current_organization_id())
  WITH CHECK (organization_id = stayzr_current_organization_id());
