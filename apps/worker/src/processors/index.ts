import { requeueStuckMessages } from './requeue-stuck-messages.js';
import { sendMessage } from './send-message.js';
import { sessionCleanup } from './session-cleanup.js';
import type { ProcessorRegistry } from './types.js';
import { usageRollover } from './usage-rollover.js';
import { wakeSnoozed } from './wake-snoozed.js';

export const processors: ProcessorRegistry = {
  'maintenance.session-cleanup': sessionCleanup,
  'maintenance.usage-rollover': usageRollover,
  'maintenance.requeue-stuck-messages': requeueStuckMessages,
  'maintenance.wake-snoozed': wakeSnoozed,
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
