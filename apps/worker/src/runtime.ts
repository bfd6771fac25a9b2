import {
  isJobName,
  JOB_SCHEDULES,
  type JobName,
  parseJobPayload,
  QUEUE_NAMES,
  type QueueName,
  queueOf,
} from '@stayzr/shared/jobs';
import type { Logger, Redis, ServiceDeps } from '@stayzr/shared/server';
import { type Job, Worker } from 'bullmq';
import { processors } from './processors/index.js';
import type { Processor } from './processors/types.js';

/**
 * A long-lived task hosted beside the BullMQ workers (the WhatsApp session manager will be the first):
 * started with the worker, asked for its health, and stopped on shutdown so it can hand its work over
 * (release leases, close sockets) before the process exits.
 */
export interface Runner {
  readonly name: string;
  start(): Promise<void>;
  /** Stop taking work and hand over what this process owns; resolves when done. */
  stop(): Promise<void>;
  health(): RunnerHealth;
}

export interface RunnerHealth {
  status: 'starting' | 'running' | 'degraded' | 'stopped';
  detail?: string;
}

export interface WorkerRuntimeOptions {
  db: ServiceDeps['db'];
  redis: Redis;
  logger: Logger;
  prefix: string;
  concurrency: number;
  services: ServiceDeps;
  runners?: Runner[];
}

/**
 * One BullMQ worker per queue that has processors, dispatching by job name through the registry, plus
 * the long-lived runners.
 */
export class WorkerRuntime {
  private readonly workers: Worker[] = [];
  private readonly started: Runner[] = [];

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
    for (const schedule of JOB_SCHEDULES) {
      await this.queues
        .queue(queueOf(schedule.job))
        .upsertJobScheduler(schedule.id, { every: schedule.everyMs }, { name: schedule.job, data: {} });
    }
    for (const runner of this.options.runners ?? []) {
      await runner.start();
      this.started.push(runner);
      this.options.logger.info({ runner: runner.name }, 'runner started');
    }
    return active;
  }

  health(): Record<string, RunnerHealth> {
    return Object.fromEntries(this.started.map((runner) => [runner.name, runner.health()]));
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
   * Stops the runners (hand-over first), then stops taking jobs and waits for the running ones. With
   * Redis down a running job could not record its outcome anyway (it stays active, and BullMQ's stall
   * check retries it once Redis is back), and a graceful close would wait for Redis forever: then close
   * at once.
   */
  async close(): Promise<void> {
    const runners = this.started.splice(0).reverse();
    await Promise.all(
      runners.map((runner) =>
        runner
          .stop()
          .catch((error: unknown) =>
            this.options.logger.error({ err: error, runner: runner.name }, 'runner did not stop cleanly'),
          ),
      ),
    );
    const force = this.options.redis.status !== 'ready';
    await Promise.all(this.workers.map((worker) => worker.close(force)));
    await this.queues.close();
  }
}
