-- The tenant policies compare organization_id with a sub-select of the session's organization instead
-- of the inlined function. PostgreSQL then evaluates the setting once per statement (an InitPlan),
-- and, more importantly, the planner no longer folds it into a constant when it estimates rows: with
-- the constant, a hotel created after the last ANALYZE looks empty (it is missing from the column's
-- most-common values when all hotels fit in that list), and every lookup of its rows picked the
-- hotel's widest index (all its guests or conversations) over the exact one (phone, primary key).
ALTER POLICY tenant_isolation ON "organizations"
  USING ("id" = (SELECT stayzr_current_organization_id()))
  WITH CHECK ("id" = (SELECT stayzr_current_organization_id()));

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
    EXECUTE format(
      'ALTER POLICY tenant_isolation ON %I USING (organization_id = (SELECT stayzr_current_organization_id())) '
      'WITH CHECK (organization_id = (SELECT stayzr_current_organization_id()))',
      table_name
    );
  END LOOP;
END
$tenant_tables$;
