-- The inbox's "longest waiting" order walks the waiting conversations oldest first.
-- CreateIndex
CREATE INDEX "conversations_organization_id_waiting_since_id_idx" ON "conversations"("organization_id", "waiting_since", "id");
