import type { z } from 'zod';
import { AI_JOBS } from './ai.js';
import type { JobDefinition, JobOptions, QueueName } from './definition.js';
import { DELIVERY_JOBS } from './delivery.js';
import { MAINTENANCE_JOBS } from './maintenance.js';

export * from './ai.js';
export * from './definition.js';
export * from './delivery.js';
export * from './maintenance.js';

/**
 * Every job, shared by producers (server, services) and the worker; one file per queue defines its
 * jobs (name, payload schema, options, schedule). A new queue adds its file and one line here.
 */
export const JOB_DEFINITIONS = {
  ...MAINTENANCE_JOBS,
  ...DELIVERY_JOBS,
  ...AI_JOBS,
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOB_DEFINITIONS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_DEFINITIONS)[N]['payload']>;

const definitionOf = (name: JobName): JobDefinition => JOB_DEFINITIONS[name];

export function queueOf(name: JobName): QueueName {
  return definitionOf(name).queue;
}

export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return definitionOf(name).payload.parse(data) as JobPayload<N>;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_DEFINITIONS, name);
}

/** The options the registry gives this job (none for most). */
export function jobOptionsFor<N extends JobName>(name: N, payload: JobPayload<N>): JobOptions | undefined {
  return definitionOf(name).options?.(payload);
}

/** Recurring jobs, installed as BullMQ job schedulers when the worker starts. */
export const JOB_SCHEDULES = (Object.keys(JOB_DEFINITIONS) as JobName[]).flatMap((job) => {
  const schedule = definitionOf(job).schedule;
  return schedule ? [{ id: schedule.id, job, everyMs: schedule.everyMs }] : [];
});
