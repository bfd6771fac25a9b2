-- A number or mailbox is unique per organization instead of across Stayzr (issue 12): connecting a
-- number must not tell a hotel that another hotel uses it. No existing rows can collide: the index
-- dropped here was stricter.

-- DropIndex
DROP INDEX "channel_accounts_provider_address_key";

-- CreateIndex
CREATE UNIQUE INDEX "channel_accounts_organization_id_provider_address_key" ON "channel_accounts"("organization_id", "provider", "address");
