import type { JobName } from '@stayzr/shared/jobs';
import type { MaintenanceTaskClass } from '@stayzr/shared/server';
import type { Processor } from './types.js';

type MaintenanceJob = Extract<JobName, `maintenance.${string}`>;

/** Every maintenance job runs one task the same way: built from the worker's deps, one pass, its counts as the result. */
export function maintenance<N extends MaintenanceJob>(Task: MaintenanceTaskClass): Processor<N> {
  return (_payload, ctx) => new Task(ctx.services).run();
}
