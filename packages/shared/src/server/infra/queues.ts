import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  type JobName,
  type JobOptions,
  type JobPayload,
  jobOptionsFor,
  parseJobPayload,
  type QueueName,
  queueOf,
} from '../../jobs/index.js';

export interface EnqueueOptions extends JobOptions {
  /** Give up (reject) when Redis has not answered within this many milliseconds. */
  timeoutMs?: number;
}

/** Producer side of the job queues: validates payloads against the shared registry. */
export class JobQueues {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      // Redis being down surfaces at the call site (enqueue rejects); the emitter must not crash the process.
      queue.on('error', () => {});
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Validates the payload and applies the registry's options for the job; `options` override them. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: EnqueueOptions = {},
  ): Promise<string | undefined> {
    const data = parseJobPayload(name, payload);
    const { timeoutMs, ...overrides } = options;
    const jobOptions: JobsOptions = { ...jobOptionsFor(name, data), ...overrides };
    const added = this.queue(queueOf(name)).add(name, data, jobOptions);
    const job = await (timeoutMs === undefined ? added : withTimeout(added, timeoutMs));
    return job.id;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
