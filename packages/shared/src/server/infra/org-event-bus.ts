import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { OrgEvent } from '../../events.js';
import type { Logger } from './logger.js';
import { orgKey } from './redis.js';

export interface StampedEvent {
  /** Redis stream id: ordered, used as the SSE event id for resuming. */
  id: string;
  event: OrgEvent;
  /**
   * Broadcast only, never in the stream (typing presence). Its id is the stream's newest at the time, so
   * a client that resumes from it misses nothing and repeats nothing.
   */
  ephemeral?: true;
}

/** Events kept per organization for clients that reconnect (about the last few minutes of a busy inbox). */
const STREAM_MAXLEN = 2_000;

export const orgEventsChannel = (prefix: string, organizationId: string) =>
  orgKey(prefix, organizationId, 'events');
const orgEventsStream = (prefix: string, organizationId: string) =>
  orgKey(prefix, organizationId, 'events-log');

/**
 * Publishes an organization's events: appended to a capped Redis stream (so a reconnecting client
 * can replay what it missed) and broadcast on `org:<id>:events` to every server instance.
 * Publishing never fails the write that caused it: the data is already committed and clients
 * refetch on reconnect.
 */
export class OrgEventPublisher {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async publish(organizationId: string, event: OrgEvent): Promise<string | null> {
    try {
      const id = await this.redis.eval(
        APPEND_AND_BROADCAST,
        2,
        orgEventsStream(this.prefix, organizationId),
        orgEventsChannel(this.prefix, organizationId),
        STREAM_MAXLEN,
        JSON.stringify(event),
      );
      return typeof id === 'string' ? id : null;
    } catch (error) {
      this.logger.warn({ err: error, organizationId, eventType: event.type }, 'could not publish org event');
      return null;
    }
  }

  /**
   * Sends `event` to the organization's live streams without keeping it: nobody who connects later gets
   * it. With `throttle`, a second event under the same key within `ms` is dropped (returns false).
   */
  async broadcast(
    organizationId: string,
    event: OrgEvent,
    throttle?: { key: string; ms: number },
  ): Promise<boolean> {
    try {
      const sent = await this.redis.eval(
        BROADCAST_ONLY,
        3,
        orgEventsStream(this.prefix, organizationId),
        orgEventsChannel(this.prefix, organizationId),
        orgKey(this.prefix, organizationId, `throttle:${throttle?.key ?? 'none'}`),
        JSON.stringify(event),
        throttle ? String(throttle.ms) : '',
      );
      return sent === 1;
    } catch (error) {
      this.logger.warn(
        { err: error, organizationId, eventType: event.type },
        'could not broadcast org event',
      );
      return false;
    }
  }
}

/**
 * Broadcast without appending, stamped with the stream's newest id ("0-0" while it is empty).
 * KEYS: stream, channel, throttle key; ARGV: event JSON, throttle ms ('' = none).
 */
const BROADCAST_ONLY = `
if ARGV[2] ~= '' then
  if not redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[2]) then return 0 end
end
local newest = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
local id = '0-0'
if newest[1] then id = newest[1][1] end
redis.call('PUBLISH', KEYS[2], '{"id":"' .. id .. '","ephemeral":true,"event":' .. ARGV[1] .. '}')
return 1
`;

/**
 * One round trip: the event appended to the stream, then broadcast with the id the stream gave it
 * (`{"id":…,"event":…}`, the StampedEvent subscribers parse). KEYS: stream, channel; ARGV: maxlen, event JSON.
 */
const APPEND_AND_BROADCAST = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[2])
redis.call('PUBLISH', KEYS[2], '{"id":"' .. id .. '","event":' .. ARGV[2] .. '}')
return id
`;

/** One pattern subscription per process, fanned out in memory to the SSE streams of each organization. */
export class OrgEventSubscriber {
  private readonly emitter = new EventEmitter();
  private started: Promise<void> | null = null;

  constructor(
    private readonly subscriberConnection: Redis,
    private readonly readConnection: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    this.emitter.setMaxListeners(0);
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      this.subscriberConnection.on('pmessage', (_pattern, channel, message) => {
        try {
          const stamped = JSON.parse(message) as StampedEvent;
          this.emitter.emit(channel, stamped);
        } catch (error) {
          this.logger.warn({ err: error, channel }, 'dropped a malformed org event');
        }
      });
      await this.subscriberConnection.psubscribe(`${this.prefix}:org:*:events`);
    })();
    return this.started;
  }

  /** Live events of one organization; returns the unsubscribe function. */
  async listen(organizationId: string, listener: (stamped: StampedEvent) => void): Promise<() => void> {
    await this.start();
    const channel = orgEventsChannel(this.prefix, organizationId);
    this.emitter.on(channel, listener);
    return () => this.emitter.off(channel, listener);
  }

  /** Events after `lastEventId` (exclusive), oldest first, from the capped stream. */
  async replay(organizationId: string, lastEventId: string): Promise<StampedEvent[]> {
    const entries = await this.readConnection.xrange(
      orgEventsStream(this.prefix, organizationId),
      `(${lastEventId}`,
      '+',
      'COUNT',
      500,
    );
    return entries.flatMap(([id, fields]) => {
      const payload = fields[1];
      return payload ? [{ id, event: JSON.parse(payload) as OrgEvent }] : [];
    });
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    // Only while connected: the subscriber connection queues commands offline, and PUNSUBSCRIBE sent to a
    // Redis that is down would wait for a reconnection that may never come (a hung shutdown).
    if (this.started && this.subscriberConnection.status === 'ready') {
      await this.subscriberConnection.punsubscribe().catch(() => undefined);
    }
  }
}
