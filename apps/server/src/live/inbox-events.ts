import type { OrgEvent } from '@stayzr/shared';
import type { OrgEventSubscriber, StampedEvent, TenantContext } from '@stayzr/shared/server';
import { type TrackedEnvelope, tracked } from '@trpc/server';

/** Redis stream ids ("<ms>-<seq>") in order. */
function isAfter(id: string, than: string | null): boolean {
  if (!than) return true;
  const [ms, seq] = id.split('-').map(Number);
  const [thanMs, thanSeq] = than.split('-').map(Number);
  return ms! > thanMs! || (ms === thanMs && seq! > thanSeq!);
}

/** `own` staff see events of conversations assigned to them or to nobody; everyone else sees all. */
function visibleTo(tenant: TenantContext): (event: OrgEvent) => boolean {
  const actor = tenant.actor;
  if (tenant.isSuperAdmin || actor.type !== 'user' || actor.dataScope !== 'own') return () => true;
  return (event) =>
    !('assigneeId' in event) || event.assigneeId === null || event.assigneeId === actor.userId;
}

export interface InboxEventsOptions {
  subscriber: OrgEventSubscriber;
  tenant: TenantContext;
  /** The last event the client saw, to replay what it missed. */
  lastEventId: string | null;
  /** Aborted when the client goes away. */
  signal: AbortSignal | undefined;
}

/**
 * The organization's live events for one SSE stream: first what the client missed since
 * `lastEventId` (from the capped Redis stream), then live events, without duplicates or gaps.
 *
 * tRPC internals this relies on (check them on a tRPC upgrade): `tracked(id, data)` is what makes the
 * SSE transport write `id:` lines; on reconnect, httpSubscriptionLink sends the last id it saw and the
 * server puts it into the procedure's input as `lastEventId` (hence ZInboxEventsInput); and tRPC
 * aborts `signal` when the client disconnects, which is the only way this generator learns to stop.
 */
export async function* inboxEvents({
  subscriber,
  tenant,
  lastEventId,
  signal,
}: InboxEventsOptions): AsyncGenerator<TrackedEnvelope<OrgEvent>> {
  const { organizationId } = tenant;
  const visible = visibleTo(tenant);
  const pending: StampedEvent[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = await subscriber.listen(organizationId, (stamped) => {
    pending.push(stamped);
    wake?.();
  });
  // One listener for the stream's life (not one per wait: a busy inbox would pile them up).
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let lastId = lastEventId;
    if (lastId) {
      for (const stamped of await subscriber.replay(organizationId, lastId)) {
        lastId = stamped.id;
        if (visible(stamped.event)) yield tracked(stamped.id, stamped.event);
      }
    }
    while (!signal?.aborted) {
      if (pending.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (signal?.aborted) resolve();
        });
        wake = null;
      }
      for (const stamped of pending.splice(0)) {
        if (stamped.ephemeral) {
          // Stamped with the stream's newest id, which this client has already seen (or is about to).
          if (lastId && isAfter(lastId, stamped.id)) continue;
          if (visible(stamped.event)) yield tracked(stamped.id, stamped.event);
          continue;
        }
        if (!isAfter(stamped.id, lastId)) continue;
        lastId = stamped.id;
        if (visible(stamped.event)) yield tracked(stamped.id, stamped.event);
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
