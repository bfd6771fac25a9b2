import { z } from 'zod';
import { PlanName, Prisma, SubscriptionStatus } from '../../generated/prisma/client.js';
import type { Tx } from '../client.js';
import { checkOptionalRow, checkRow, checkRows } from './rows.js';

/*
 * Usage counters and gauges (plan limits). They run inside the caller's scoped transaction; each
 * increment is one atomic statement (DESIGN.md, "Plans").
 */

/** Metrics counted from the data rather than kept in usage_counters. */
export type GaugeMetricName = 'users' | 'guests' | 'activeConversations' | 'storageBytes';
/** Metrics kept per month in usage_counters. */
export type MonthlyMetricName = 'messages';

/** count(*) is bigint and sum() numeric: Prisma hands them over as bigint, number or string. */
const Count = z.union([z.bigint(), z.number(), z.string()]).transform(Number);

/**
 * Gauge metrics counted from the data; `org` is the organization id expression (a bound uuid, or a column
 * in the platform overview). Enum literals stay in the SQL text: a bound text would not compare.
 */
function gaugeSql(metric: GaugeMetricName, org: Prisma.Sql): Prisma.Sql {
  switch (metric) {
    case 'users':
      // The one definition of an organization's user count, on every page that shows one (team, plan &
      // usage, the platform's organizations and usage overview) and for the plan's maxUsers: active
      // members plus pending invitations (an invitation is a seat promised to someone). Disabled members
      // do not count; super admins belong to no organization, so they never do.
      return Prisma.sql`((select count(*) from users where organization_id = ${org} and status = 'active')
        + (select count(*) from invitations where organization_id = ${org}
             and accepted_at is null and revoked_at is null and expires_at > now()))`;
    case 'guests':
      return Prisma.sql`(select count(*) from guests where organization_id = ${org} and merged_into_id is null)`;
    case 'activeConversations':
      return Prisma.sql`(select count(*) from conversations where organization_id = ${org} and status <> 'resolved')`;
    case 'storageBytes':
      return Prisma.sql`(select coalesce(sum(size_bytes), 0) from attachments where organization_id = ${org})`;
  }
}

const orgParam = (organizationId: string) => Prisma.sql`${organizationId}::uuid`;

const ValueRow = z.object({ value: Count });

export async function measureGauge(tx: Tx, organizationId: string, metric: GaugeMetricName): Promise<number> {
  const rows = await tx.$queryRaw`select ${gaugeSql(metric, orgParam(organizationId))} as value`;
  return checkOptionalRow('gauge', ValueRow, rows as unknown[])?.value ?? 0;
}

const GaugesRow = z.object({
  users: Count,
  guests: Count,
  active_conversations: Count,
  storage_bytes: Count,
});

/** Every gauge in one round trip (usage page, alert sweep). */
export async function measureAllGauges(
  tx: Tx,
  organizationId: string,
): Promise<Record<GaugeMetricName, number>> {
  const org = orgParam(organizationId);
  const rows = await tx.$queryRaw`
    select ${gaugeSql('users', org)} as users,
           ${gaugeSql('guests', org)} as guests,
           ${gaugeSql('activeConversations', org)} as active_conversations,
           ${gaugeSql('storageBytes', org)} as storage_bytes`;
  const row = checkRow('all gauges', GaugesRow, rows as unknown[]);
  return {
    users: row.users,
    guests: row.guests,
    activeConversations: row.active_conversations,
    storageBytes: row.storage_bytes,
  };
}

/** The month's counter (`periodStart` is `YYYY-MM-01`), 0 before the first increment. */
export async function monthlyUsageValue(
  tx: Tx,
  organizationId: string,
  metric: MonthlyMetricName,
  periodStart: string,
): Promise<number> {
  const rows = await tx.$queryRaw`
    select value from usage_counters
    where organization_id = ${organizationId}::uuid and metric = ${metric} and period_start = ${periodStart}::date`;
  return checkOptionalRow('monthly usage', ValueRow, rows as unknown[])?.value ?? 0;
}

/**
 * Adds `amount` to the month's counter unless the total would pass `limit`, in one INSERT … ON CONFLICT
 * DO UPDATE … WHERE value + n <= limit statement: Postgres re-checks the WHERE against the latest row
 * version under the row lock, so of any number of concurrent callers only those that fit succeed. The
 * new total, or null when refused (nothing written).
 */
export async function incrementMonthlyUsageWithin(
  tx: Tx,
  organizationId: string,
  metric: MonthlyMetricName,
  periodStart: string,
  amount: number,
  limit: number,
): Promise<number | null> {
  const rows = await tx.$queryRaw`
        insert into usage_counters as uc (organization_id, metric, period_start, value, updated_at)
        select ${organizationId}::uuid, ${metric}, ${periodStart}::date, ${amount}::bigint, now()
        where ${amount}::bigint <= ${limit}::bigint
        on conflict (organization_id, metric, period_start)
        do update set value = uc.value + excluded.value, updated_at = now()
          where uc.value + excluded.value <= ${limit}::bigint
        returning uc.value`;
  return checkOptionalRow('bounded usage increment', ValueRow, rows as unknown[])?.value ?? null;
}

/** Adds `amount` to the month's counter, never refusing; the row stays locked until the transaction ends. */
export async function incrementMonthlyUsage(
  tx: Tx,
  organizationId: string,
  metric: MonthlyMetricName,
  periodStart: string,
  amount: number,
): Promise<number> {
  const rows = await tx.$queryRaw`
    insert into usage_counters as uc (organization_id, metric, period_start, value, updated_at)
    values (${organizationId}::uuid, ${metric}, ${periodStart}::date, ${amount}::bigint, now())
    on conflict (organization_id, metric, period_start)
    do update set value = uc.value + excluded.value, updated_at = now()
    returning uc.value`;
  return checkOptionalRow('usage increment', ValueRow, rows as unknown[])?.value ?? amount;
}

/** Serializes capacity checks of one gauge in one organization until the transaction ends. */
export async function lockGaugeCapacity(
  tx: Tx,
  organizationId: string,
  metric: GaugeMetricName,
): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`usage:${organizationId}:${metric}`}, 0))`;
}

const OverviewRow = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  plan: z.enum(PlanName),
  subscription_status: z.enum(SubscriptionStatus),
  trial_ends_at: z.date().nullable(),
  timezone: z.string(),
  limit_overrides: z.unknown(),
  billing_provider: z.string(),
  users: Count,
  guests: Count,
  active_conversations: Count,
  storage_bytes: Count,
});

export type UsageOverviewRow = z.output<typeof OverviewRow>;

/** Every organization with its plan settings and gauges, by name (platform scope: sees every row). */
export async function usageOverviewRows(tx: Tx): Promise<UsageOverviewRow[]> {
  const org = Prisma.raw('o.id');
  const rows = await tx.$queryRaw`
        select o.id::text as id, o.name, o.slug, o.plan::text as plan,
               o.subscription_status::text as subscription_status, o.trial_ends_at, o.timezone,
               o.limit_overrides, o.billing_provider,
               ${gaugeSql('users', org)} as users,
               ${gaugeSql('guests', org)} as guests,
               ${gaugeSql('activeConversations', org)} as active_conversations,
               ${gaugeSql('storageBytes', org)} as storage_bytes
        from organizations o
        order by o.name, o.id`;
  return checkRows('usage overview', OverviewRow, rows as unknown[]);
}

const UserCountRow = z.object({ id: z.string(), users: Count });

/** Every organization's user count (the `users` gauge), by id (platform scope: sees every row). */
export async function userCountsByOrganization(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw`
        select o.id::text as id, ${gaugeSql('users', Prisma.raw('o.id'))} as users from organizations o`;
  return new Map(checkRows('user counts', UserCountRow, rows as unknown[]).map((row) => [row.id, row.users]));
}
