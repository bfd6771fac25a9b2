import { z } from 'zod';
import { defineJobs } from './definition.js';

/** A guest's message waits at most this long for Redis; past it no AI reply is attempted (staff answer). */
export const AI_ENQUEUE_TIMEOUT_MS = 1_000;

export const AI_JOBS = defineJobs({
  /**
   * Answer, suggest or hand over for one inbound guest message. jobId = `ai-<messageId>` (BullMQ refuses `:` in custom ids) and a unique
   * ai_replies row per message: queued twice or run twice, it replies once.
   */
  'ai.reply': {
    queue: 'ai',
    payload: z.object({ organizationId: z.uuid(), messageId: z.uuid() }).strict(),
    options: (payload: { messageId: string }) => ({
      jobId: `ai-${payload.messageId}`,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      removeOnComplete: 1_000,
      removeOnFail: 5_000,
    }),
  },
});
