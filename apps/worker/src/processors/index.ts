import { DeliverySweeper, ExpiredSessionCleanup, SnoozeWaker, UsageRollover } from '@stayzr/shared/server';
import { maintenance } from './maintenance.js';
import { sendMessage } from './send-message.js';
import type { ProcessorRegistry } from './types.js';

export const processors: ProcessorRegistry = {
  'maintenance.session-cleanup': maintenance(ExpiredSessionCleanup),
  'maintenance.usage-rollover': maintenance(UsageRollover),
  'maintenance.requeue-stuck-messages': maintenance(DeliverySweeper),
  'maintenance.wake-snoozed': maintenance(SnoozeWaker),
  'delivery.send-message': sendMessage,
};

/** Recurring jobs, installed as BullMQ job schedulers when the worker starts. */
export const schedules = [
  { id: 'session-cleanup', job: 'maintenance.session-cleanup', everyMs: 60 * 60 * 1000 },
  // Hourly: a month begins at a different UTC hour in each hotel's time zone.
  { id: 'usage-rollover', job: 'maintenance.usage-rollover', everyMs: 60 * 60 * 1000 },
  { id: 'requeue-stuck-messages', job: 'maintenance.requeue-stuck-messages', everyMs: 30 * 1000 },
  { id: 'wake-snoozed', job: 'maintenance.wake-snoozed', everyMs: 60 * 1000 },
] as const;
