import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobName, type JobPayload, parseJobPayload, type QueueName, queueOf } from '../../jobs/index.js';

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

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options?: JobsOptions,
  ): Promise<string | undefined> {
    const data = parseJobPayload(name, payload);
    const job = await this.queue(queueOf(name)).add(name, data, options);
    return job.id;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
