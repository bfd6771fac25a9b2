-- New-message alerts per person and organization (issue 13 item 3).
CREATE TABLE "user_alert_settings" (
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'mine',
    "sound" BOOLEAN NOT NULL DEFAULT true,
    "desktop" BOOLEAN NOT NULL DEFAULT false,
    "quiet_start_min" SMALLINT,
    "quiet_end_min" SMALLINT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_alert_settings_pkey" PRIMARY KEY ("organization_id","user_id")
);

CREATE INDEX "user_alert_settings_user_id_idx" ON "user_alert_settings"("user_id");

ALTER TABLE "user_alert_settings" ADD CONSTRAINT "user_alert_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "user_alert_settings" ADD CONSTRAINT "user_alert_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant table: same policy as every other (see the row_level_security migration).
ALTER TABLE "user_alert_settings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_alert_settings" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "user_alert_settings"
  USING (organization_id = stayzr_current_organization_id())
  WITH CHECK (organization_id = stayzr_current_organization_id());
