import { z } from 'zod';

/**
 * Queue names and job payload schemas, shared by producers (server, services) and the worker.
 * Payloads carry ids only: the processor re-loads rows and rebuilds a system tenant context.
 */
export const QUEUE_NAMES = ['delivery', 'ai', 'automation', 'schedules', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const ZEmptyPayload = z.object({}).strict();

export const JOB_DEFINITIONS = {
  'maintenance.session-cleanup': { queue: 'maintenance', payload: ZEmptyPayload },
  /** Hourly: opens each organization's usage period, prunes old counters, sweeps gauge alerts. */
  'maintenance.usage-rollover': { queue: 'maintenance', payload: ZEmptyPayload },
  'maintenance.requeue-stuck-messages': { queue: 'maintenance', payload: ZEmptyPayload },
  'maintenance.wake-snoozed': { queue: 'maintenance', payload: ZEmptyPayload },
  /** jobId = messageId, so a message is queued at most once at a time. */
  'delivery.send-message': {
    queue: 'delivery',
    payload: z.object({ organizationId: z.uuid(), messageId: z.uuid() }).strict(),
  },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType }>;

export type JobName = keyof typeof JOB_DEFINITIONS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_DEFINITIONS)[N]['payload']>;

export function queueOf(name: JobName): QueueName {
  return JOB_DEFINITIONS[name].queue;
}

export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return JOB_DEFINITIONS[name].payload.parse(data) as JobPayload<N>;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_DEFINITIONS, name);
}
