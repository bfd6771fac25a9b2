import { z } from 'zod';
import { defineJobs, type JobOptions } from './definition.js';

export const DELIVERY_ATTEMPTS = 8;

/** A staff send waits this long for Redis; past it the message stays queued and the sweeper sends it. */
export const DELIVERY_ENQUEUE_TIMEOUT_MS = 1_500;

/** The delivery job's retry policy: exponential backoff with jitter; jobId = messageId. */
export function deliveryJobOptions(jobId: string): JobOptions {
  return {
    jobId,
    attempts: DELIVERY_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
    removeOnComplete: 1_000,
    removeOnFail: 5_000,
  };
}

export const DELIVERY_JOBS = defineJobs({
  /** jobId = messageId, so a message is queued at most once at a time. */
  'delivery.send-message': {
    queue: 'delivery',
    payload: z.object({ organizationId: z.uuid(), messageId: z.uuid() }).strict(),
    options: (payload: { messageId: string }) => deliveryJobOptions(payload.messageId),
  },
});
