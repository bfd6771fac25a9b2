import { defineJobs, ZEmptyPayload } from './definition.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Platform-wide housekeeping; each job runs one MaintenanceTask (`@stayzr/shared/server`). */
export const MAINTENANCE_JOBS = defineJobs({
  'maintenance.session-cleanup': {
    queue: 'maintenance',
    payload: ZEmptyPayload,
    schedule: { id: 'session-cleanup', everyMs: HOUR },
  },
  /** Opens each organization's usage period, prunes old counters, sweeps gauge alerts. Hourly: a month
   * begins at a different UTC hour in each hotel's time zone. */
  'maintenance.usage-rollover': {
    queue: 'maintenance',
    payload: ZEmptyPayload,
    schedule: { id: 'usage-rollover', everyMs: HOUR },
  },
  /** Re-enqueues replies whose delivery job was lost (Redis down at send time, worker killed). */
  'maintenance.requeue-stuck-messages': {
    queue: 'maintenance',
    payload: ZEmptyPayload,
    schedule: { id: 'requeue-stuck-messages', everyMs: 30_000 },
  },
  'maintenance.wake-snoozed': {
    queue: 'maintenance',
    payload: ZEmptyPayload,
    schedule: { id: 'wake-snoozed', everyMs: MINUTE },
  },
  /** Drops provider status callbacks kept for a send that never stored its id (older than a day). */
  'maintenance.early-status-cleanup': {
    queue: 'maintenance',
    payload: ZEmptyPayload,
    schedule: { id: 'early-status-cleanup', everyMs: HOUR },
  },
});
