import type { JobName } from '@stayzr/shared/jobs';
import type { MaintenanceTaskClass } from '@stayzr/shared/server';
import {
  DeliverySweeper,
  EarlyStatusCleanup,
  ExpiredSessionCleanup,
  SnoozeWaker,
  UsageRollover,
} from '@stayzr/shared/server';
import type { Processor, ProcessorRegistry } from '../types.js';

type MaintenanceJob = Extract<JobName, `maintenance.${string}`>;

/** Every maintenance job runs one task the same way: built from the worker's deps, one pass, its counts as the result. */
function maintenance<N extends MaintenanceJob>(Task: MaintenanceTaskClass): Processor<N> {
  return (_payload, ctx) => new Task(ctx.services).run();
}

export const maintenanceProcessors = {
  'maintenance.session-cleanup': maintenance(ExpiredSessionCleanup),
  'maintenance.usage-rollover': maintenance(UsageRollover),
  'maintenance.requeue-stuck-messages': maintenance(DeliverySweeper),
  'maintenance.wake-snoozed': maintenance(SnoozeWaker),
  'maintenance.early-status-cleanup': maintenance(EarlyStatusCleanup),
} satisfies Partial<ProcessorRegistry>;
