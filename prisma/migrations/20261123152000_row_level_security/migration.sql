-- Row-level security: defence in depth under the services' own tenant scoping.
--
-- stayzr_app       (NOLOGIN, no BYPASSRLS): every tenant transaction runs as this role after
--                  set_config('role', 'stayzr_app', true) and set_config('app.organization_id', <id>, true).
-- stayzr_platform  (NOLOGIN, BYPASSRLS): platform-wide super-admin queries, authentication, inbound routing.
-- Both are granted to the role that runs migrations, so the app needs a single DATABASE_URL.
-- Roles are cluster-wide: create them only when absent (several databases share one cluster).

DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stayzr_app') THEN
    CREATE ROLE stayzr_app NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stayzr_platform') THEN
    CREATE ROLE stayzr_platform NOLOGIN BYPASSRLS;
  END IF;
END
$roles$;

GRANT stayzr_app TO CURRENT_USER;
GRANT stayzr_platform TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO stayzr_app, stayzr_platform;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stayzr_app, stayzr_platform;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO stayzr_app, stayzr_platform;
-- Migration history and platform-only tables are none of tenant code's business. The shadow database
-- used by `migrate dev` has no _prisma_migrations table, hence the guard.
DO $history$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM stayzr_app, stayzr_platform;
  END IF;
END
$history$;
REVOKE ALL ON "sessions", "billing_events" FROM stayzr_app;

-- The tenant is read from a transaction-local setting; unset or empty means no organization: no rows.
CREATE FUNCTION stayzr_current_organization_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $fn$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $fn$;
GRANT EXECUTE ON FUNCTION stayzr_current_organization_id() TO stayzr_app, stayzr_platform;

ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "organizations"
  USING ("id" = stayzr_current_organization_id())
  WITH CHECK ("id" = stayzr_current_organization_id());

DO $tenant_tables$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY[
    'properties', 'users', 'user_properties', 'invitations', 'guests', 'stays', 'channel_accounts',
    'conversations', 'conversation_reads', 'messages', 'attachments', 'whatsapp_auth_keys',
    'usage_counters', 'audit_logs', 'knowledge_articles', 'automation_rules', 'automation_runs',
    'canned_responses', 'api_keys', 'notifications'
  ]
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = stayzr_current_organization_id()) '
      'WITH CHECK (organization_id = stayzr_current_organization_id())',
      table_name
    );
  END LOOP;
END
$tenant_tables$;
