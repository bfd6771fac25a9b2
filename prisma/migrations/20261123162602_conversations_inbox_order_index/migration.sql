-- CreateIndex
CREATE INDEX "conversations_organization_id_last_message_at_id_idx" ON "conversations"("organization_id", "last_message_at" DESC, "id" DESC);
