import type { ServiceDeps } from './service-deps.js';

/** What a maintenance task may use: platform-wide work has no tenant context and no request. */
export type MaintenanceDeps = Pick<ServiceDeps, 'db' | 'logger' | 'queues' | 'events'>;

/**
 * One housekeeping pass of the maintenance queue. Every task has this shape: built from
 * {@link MaintenanceDeps}, safe to run late or twice, and returns counts of what it changed (the job's
 * result, and what it logs).
 */
export interface MaintenanceTask<Result extends object = object> {
  run(now?: Date): Promise<Result>;
}

export type MaintenanceTaskClass = new (deps: MaintenanceDeps) => MaintenanceTask;
