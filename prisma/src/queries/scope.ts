import { pipelineFragment, pipelineSql, type Statement } from '../pipeline.js';

/** The two roles a scoped transaction runs as (created by the RLS migration). */
export type ScopeRole = 'stayzr_app' | 'stayzr_platform';

/** Role names are SQL text here, not parameters: the prepared text then names its role, as before. */
const ROLE_LITERAL = {
  stayzr_app: pipelineFragment("'stayzr_app'"),
  stayzr_platform: pipelineFragment("'stayzr_platform'"),
} as const;

/**
 * The statement every scoped transaction starts with, the only one in the code base: the role
 * (stayzr_app under row-level security, stayzr_platform with BYPASSRLS) and the organization the
 * policies compare against (empty on the platform), both transaction-local, so they end with the
 * transaction and never leak to the pooled connection's next user. Callers check the organization id.
 */
export function scopeStatement(role: ScopeRole, organizationId: string): Statement {
  return pipelineSql`select set_config('role', ${ROLE_LITERAL[role]}, true), set_config('app.organization_id', ${organizationId}, true)`;
}

/** A tenant transaction's scope (role stayzr_app, row-level security on). */
export const tenantScopeStatement = (organizationId: string): Statement =>
  scopeStatement('stayzr_app', organizationId);

/** A platform transaction's scope (role stayzr_platform, no organization). */
export const platformScopeStatement = (): Statement => scopeStatement('stayzr_platform', '');
