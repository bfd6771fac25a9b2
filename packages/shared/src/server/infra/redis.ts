import { Redis, type RedisOptions } from 'ioredis';

export { Redis };

/**
 * `forWorker`: BullMQ workers block on Redis and require maxRetriesPerRequest = null.
 * Otherwise commands fail fast while Redis is down instead of queueing forever, so callers
 * (health checks, sends that fall back to the sweeper) get an answer.
 */
export function createRedis(url: string, options: { forWorker?: boolean; name?: string } = {}): Redis {
  const base: RedisOptions = {
    connectionName: options.name,
    maxRetriesPerRequest: options.forWorker ? null : 1,
    enableOfflineQueue: options.forWorker ?? false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  };
  const redis = new Redis(url, base);
  // Without a listener ioredis prints every reconnect failure as an unhandled error event.
  redis.on('error', () => {});
  return redis;
}

/** Keys holding tenant data always start with org:<id>: under the deployment prefix. */
export function orgKey(prefix: string, organizationId: string, ...parts: string[]): string {
  return [prefix, 'org', organizationId, ...parts].join(':');
}

/**
 * PING that waits up to `timeoutMs` for a (re)connection in progress instead of failing at once:
 * with the offline queue disabled, a command sent while connecting is refused.
 */
export async function pingRedis(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status !== 'ready') {
    await new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error(`not connected (${redis.status}) after ${timeoutMs} ms`));
      }, timeoutMs);
      redis.once('ready', onReady);
    });
  }
  await redis.ping();
}
