import { z } from 'zod';
import type { Database } from '../client.js';
import { pipelineSql } from '../pipeline.js';
import { checkOptionalRow } from './rows.js';

const SHA256_HEX_RE = /^[0-9a-f]{64}$/;

const OrganizationSummaryRow = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  plan: z.string(),
  status: z.string(),
});

const SessionLookupRow = z.object({
  id: z.string(),
  user_id: z.string(),
  expires_at_ms: z.number(),
  last_seen_at_ms: z.number(),
  created_at_ms: z.number(),
  user_email: z.string(),
  user_name: z.string(),
  user_role: z.string(),
  user_data_scope: z.string(),
  user_status: z.string(),
  user_organization_id: z.string().nullable(),
  organization: OrganizationSummaryRow.nullable(),
  /** A super admin's switched-into organization (only joined for super admins). */
  active_organization: OrganizationSummaryRow.nullable(),
});

export type SessionLookupRow = z.output<typeof SessionLookupRow>;

/**
 * Session, user, the user's organization and a super admin's active organization in one round trip
 * (Database.runPlatformStatementInOneMessage): one simple-protocol message holding the platform scope
 * and this select, which PostgreSQL runs as one implicit transaction, so the transaction-local role
 * (stayzr_platform, as in withPlatform) covers the select and ends with it. Through Prisma's
 * interactive transaction the same read took four round trips (BEGIN, set_config, select, COMMIT) and
 * about 2 ms of CPU per request. The simple protocol takes no parameters: the only value is a sha256
 * hex digest, checked here before it is inlined. Timestamps are UTC without a zone: epoch milliseconds
 * read them without pg's local-time parsing.
 */
export async function findSessionByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<SessionLookupRow | null> {
  if (!SHA256_HEX_RE.test(tokenHash)) throw new Error('session lookup needs a sha256 hex digest');
  const rows = await db.runPlatformStatementInOneMessage(pipelineSql`
    select s.id, s.user_id,
      round(extract(epoch from s.expires_at) * 1000)::float8 as expires_at_ms,
      round(extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_at_ms,
      round(extract(epoch from s.created_at) * 1000)::float8 as created_at_ms,
      u.email as user_email, u.name as user_name, u.role::text as user_role,
      u.data_scope::text as user_data_scope, u.status::text as user_status,
      u.organization_id as user_organization_id,
      case when o.id is null then null else json_build_object('id', o.id, 'name', o.name,
        'slug', o.slug, 'plan', o.plan, 'status', o.status) end as organization,
      case when a.id is null then null else json_build_object('id', a.id, 'name', a.name,
        'slug', a.slug, 'plan', a.plan, 'status', a.status) end as active_organization
    from sessions s
    join users u on u.id = s.user_id
    left join organizations o on o.id = u.organization_id
    left join organizations a on a.id = s.active_organization_id and u.role = 'SUPER_ADMIN'
    where s.token_hash = ${tokenHash}`);
  return checkOptionalRow('session by token hash', SessionLookupRow, rows);
}
