import { ZBaseEnv } from '@stayzr/shared/server';
import { z } from 'zod';

export const ZWorkerEnv = ZBaseEnv.extend({
  /** The server's public URL: provider status callbacks point there. */
  PUBLIC_URL: z
    .url()
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/$/, '')),
  /** Jobs processed in parallel per queue. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  /** Seconds a shutdown waits for running jobs before giving up. */
  WORKER_SHUTDOWN_TIMEOUT_S: z.coerce.number().int().min(1).default(30),
});

export type WorkerEnv = z.infer<typeof ZWorkerEnv>;
