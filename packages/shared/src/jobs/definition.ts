import { z } from 'zod';

/** Every queue the worker may serve. */
export const QUEUE_NAMES = ['delivery', 'ai', 'automation', 'schedules', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const ZEmptyPayload = z.object({}).strict();

/** The options a producer sets on one job (a subset of BullMQ's, so this module stays browser-safe). */
export interface JobOptions {
  /** Same id while a job with it exists: the add is a no-op (de-duplication). */
  jobId?: string;
  attempts?: number;
  backoff?: { type: 'exponential' | 'fixed'; delay: number; jitter?: number };
  removeOnComplete?: number | boolean;
  removeOnFail?: number | boolean;
}

/**
 * One job: the queue it runs in, its payload (ids only: the processor re-loads rows and rebuilds a
 * system tenant context), the options every enqueue gets, and for recurring jobs their interval.
 */
export interface JobDefinition<Payload extends z.ZodType = z.ZodType> {
  queue: QueueName;
  payload: Payload;
  // A method, so a job's table entry with its own payload type still fits the general shape.
  options?(payload: z.infer<Payload>): JobOptions;
  /** Recurring: installed as a BullMQ job scheduler (this id, this interval) when the worker starts. */
  schedule?: { id: string; everyMs: number };
}

/** Keeps each queue's table literal (for the job names) while checking it against the definition shape. */
export const defineJobs = <const Jobs extends Record<string, JobDefinition>>(jobs: Jobs): Jobs => jobs;
