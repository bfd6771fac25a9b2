import type { Database } from '@stayzr/db';
import {
  isJobName,
  type JobName,
  parseJobPayload,
  QUEUE_NAMES,
  type QueueName,
  queueOf,
} from '@stayzr/shared/jobs';
import type { Logger, Redis, ServiceDeps } from '@stayzr/shared/server';
import { type Job, Worker } from 'bullmq';
import { processors, schedules } from './processors/index.js';
import type { Processor } from './processors/types.js';

export interface WorkerRuntimeOptions {
  db: Database;
  redis: Redis;
  logger: Logger;
  prefix: string;
  concurrency: number;
  services: ServiceDeps;
}

/** One BullMQ worker per queue that has processors; dispatches by job name through the registry. */
export class WorkerRuntime {
  private readonly workers: Worker[] = [];

  constructor(private readonly options: WorkerRuntimeOptions) {}

  private get queues() {
    return this.options.services.queues;
  }

  async start(): Promise<QueueName[]> {
    const active = QUEUE_NAMES.filter((queue) =>
      Object.keys(processors).some((name) => isJobName(name) && queueOf(name) === queue),
    );
    for (const queue of active) {
      const worker = new Worker(queue, (job) => this.dispatch(job), {
        connection: this.options.redis,
        prefix: this.options.prefix,
        concurrency: this.options.concurrency,
      });
      worker.on('failed', (job, error) =>
        this.options.logger.warn({ jobId: job?.id, job: job?.name, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.options.logger.error({ err: error, queue }, 'worker error'));
      this.workers.push(worker);
    }
    for (const schedule of schedules) {
      await this.queues
        .queue(queueOf(schedule.job))
        .upsertJobScheduler(schedule.id, { every: schedule.everyMs }, { name: schedule.job, data: {} });
    }
    return active;
  }

  private async dispatch(job: Job): Promise<unknown> {
    if (!isJobName(job.name)) throw new Error(`unknown job name: ${job.name}`);
    const name: JobName = job.name;
    const payload = parseJobPayload(name, job.data);
    const processor = processors[name] as Processor<typeof name>;
    const logger = this.options.logger.child({ jobId: job.id, job: name });
    const isFinalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return processor(payload, {
      db: this.options.db,
      logger,
      services: this.options.services,
      jobId: job.id,
      isFinalAttempt,
    });
  }

  /**
   * Stops taking new jobs and waits for the running ones to finish. With Redis down a running job could
   * not record its outcome anyway (it stays active, and BullMQ's stall check retries it once Redis is
   * back), and a graceful close would wait for Redis forever: then close at once.
   */
  async close(): Promise<void> {
    const force = this.options.redis.status !== 'ready';
    await Promise.all(this.workers.map((worker) => worker.close(force)));
    await this.queues.close();
  }
}
