import { z } from 'zod';
import type { Tx } from '../client.js';
import { checkRow } from './rows.js';

/**
 * Locks the organization's row until the transaction ends: orders a plan or subscription change after
 * any concurrent one, so the fit checked next holds when it commits.
 */
export async function lockOrganizationRow(tx: Tx, organizationId: string): Promise<void> {
  await tx.$queryRaw`select id from organizations where id = ${organizationId}::uuid for update`;
}

/**
 * Records a Stripe event id before it is applied; false when it was recorded before (Stripe delivers at
 * least once), so each event is applied once.
 */
export async function recordBillingEventOnce(tx: Tx, eventId: string, type: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
        insert into billing_events (id, provider, type, processed_at)
        values (${eventId}, 'stripe', ${type}, now())
        on conflict (id) do nothing`;
  return inserted !== 0;
}

const Count = z.union([z.bigint(), z.number(), z.string()]).transform(Number);

const FeaturesRow = z.object({
  whatsapp: Count,
  sms: Count,
  email: Count,
  ai: Count,
  automations: Count,
  api_keys: Count,
  extra_properties: Count,
  branding: Count,
});

export type FeaturesInUseRow = z.output<typeof FeaturesRow>;

/** How many of the things each plan feature governs the organization has switched on, in one statement. */
export async function countFeaturesInUse(tx: Tx, organizationId: string): Promise<FeaturesInUseRow> {
  const rows = await tx.$queryRaw`
    select
      (select count(*) from channel_accounts where organization_id = ${organizationId}::uuid
         and type = 'whatsapp' and status <> 'disabled') as whatsapp,
      (select count(*) from channel_accounts where organization_id = ${organizationId}::uuid
         and type = 'sms' and status <> 'disabled') as sms,
      (select count(*) from channel_accounts where organization_id = ${organizationId}::uuid
         and type = 'email' and status <> 'disabled') as email,
      (select count(*) from organizations where id = ${organizationId}::uuid and ai_mode <> 'off') as ai,
      (select count(*) from automation_rules where organization_id = ${organizationId}::uuid and enabled) as automations,
      (select count(*) from api_keys where organization_id = ${organizationId}::uuid
         and revoked_at is null and (expires_at is null or expires_at > now())) as api_keys,
      (select greatest(count(*) - 1, 0) from properties where organization_id = ${organizationId}::uuid) as extra_properties,
      (select count(*) from organizations where id = ${organizationId}::uuid
         and branding is not null and jsonb_typeof(branding) <> 'null') as branding`;
  return checkRow('features in use', FeaturesRow, rows as unknown[]);
}
