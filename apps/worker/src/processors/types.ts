import type { JobName, JobPayload } from '@stayzr/shared/jobs';
import type { Logger, ServiceDeps } from '@stayzr/shared/server';

export interface ProcessorContext {
  db: ServiceDeps['db'];
  logger: Logger;
  services: ServiceDeps;
  jobId: string | undefined;
  /** No retry follows if this attempt fails. */
  isFinalAttempt: boolean;
}

export type Processor<N extends JobName> = (
  payload: JobPayload<N>,
  ctx: ProcessorContext,
) => Promise<unknown>;

/** Every job in the shared registry must have a processor: a missing one is a type error. */
export type ProcessorRegistry = { [N in JobName]: Processor<N> };
