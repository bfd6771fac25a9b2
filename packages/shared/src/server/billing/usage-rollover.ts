import type { MaintenanceDeps, MaintenanceTask } from '../kernel/maintenance.js';
import {
  GAUGE_METRICS,
  loadSubscriptionState,
  measureAllGauges,
  recordThresholdAlerts,
} from './enforcement.js';
import { usagePeriodAt, usagePeriodOffset } from './usage-period.js';

/** Monthly counters are kept this many months back (a year of history plus the current month). */
export const USAGE_RETENTION_MONTHS = 13;

export interface UsageRolloverResult {
  organizations: number;
  /** Counter rows opened for the period that has begun in each organization's time zone. */
  opened: number;
  /** Counter rows older than the retention window, deleted. */
  pruned: number;
  /** Gauge alerts (80 % / 100 %) recorded for growth that never passes through consumeUsage. */
  alerts: number;
}

/**
 * The hourly usage rollover (maintenance queue). Periods are derived from the date in each hotel's time
 * zone, so a late or missed run never lets usage spill from one month into the next; the job does the
 * bookkeeping around that: it opens each organization's counter for the month that has begun locally
 * (hourly, because months begin at different UTC hours around the world), prunes counters past the
 * retention window, and sweeps gauges (guests, conversations created by inbound messages, which are
 * never refused) for the 80 % / 100 % alerts, once per period each.
 */
export class UsageRollover implements MaintenanceTask<UsageRolloverResult> {
  constructor(private readonly deps: MaintenanceDeps) {}

  async run(now: Date = new Date()): Promise<UsageRolloverResult> {
    const { db, logger } = this.deps;
    const organizations = await db.withPlatform((tx) =>
      tx.organization.findMany({ where: { status: 'active' }, select: { id: true }, orderBy: { id: 'asc' } }),
    );
    let opened = 0;
    let alerts = 0;
    for (const { id } of organizations) {
      try {
        const result = await db.withTenant(id, async (tx) => {
          const state = await loadSubscriptionState(tx, id);
          const period = usagePeriodAt(state.timezone, now);
          const created = await tx.usageCounter.createMany({
            data: [
              {
                organizationId: id,
                metric: 'messages',
                periodStart: new Date(`${period.start}T00:00:00Z`),
                value: 0n,
              },
            ],
            skipDuplicates: true,
          });
          const gauges = await measureAllGauges(tx, id);
          let recorded = 0;
          for (const metric of GAUGE_METRICS) {
            recorded += await recordThresholdAlerts(tx, state, metric, 0, gauges[metric], period);
          }
          return { opened: created.count, alerts: recorded };
        });
        opened += result.opened;
        alerts += result.alerts;
      } catch (error) {
        // One organization's bad data must not stop everyone else's rollover.
        logger.error({ err: error, organizationId: id }, 'usage rollover failed for an organization');
      }
    }
    const cutoff = usagePeriodOffset('UTC', now, -USAGE_RETENTION_MONTHS).start;
    const pruned = await db.withPlatform((tx) =>
      tx.usageCounter.deleteMany({ where: { periodStart: { lt: new Date(`${cutoff}T00:00:00Z`) } } }),
    );
    const result = { organizations: organizations.length, opened, pruned: pruned.count, alerts };
    if (opened > 0 || result.pruned > 0 || alerts > 0) logger.info(result, 'usage rollover');
    return result;
  }
}
