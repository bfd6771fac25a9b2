import { type OrgEvent, ZInboxEventsInput } from '@stayzr/shared';
import type { StampedEvent } from '@stayzr/shared/server';
import { tracked } from '@trpc/server';
import type { TrackedData as _TD } from '@trpc/server/unstable-core-do-not-import';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export type { _TD };

/** Redis stream ids ("<ms>-<seq>") in order. */
function isAfter(id: string, than: string | null): boolean {
  if (!than) return true;
  const [ms, seq] = id.split('-').map(Number);
  const [thanMs, thanSeq] = than.split('-').map(Number);
  return ms! > thanMs! || (ms === thanMs && seq! > thanSeq!);
}

export const inboxRouter = router({
  /**
   * The organization's live events over SSE. Each carries its stream id, so a reconnecting client
   * (tRPC sends lastEventId) first gets what it missed, then live events, without duplicates.
   */
  events: orgProcedure.input(ZInboxEventsInput).subscription(async function* ({ ctx, input, signal }) {
    const { organizationId } = ctx.tenant;
    const ownScope = !ctx.tenant.isSuperAdmin && ctx.session.user.dataScope === 'own';
    const visible = (event: OrgEvent) =>
      !ownScope ||
      !('assigneeId' in event) ||
      event.assigneeId === null ||
      event.assigneeId === ctx.session.user.id;
    const pending: StampedEvent[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = await ctx.deps.eventSubscriber.listen(organizationId, (stamped) => {
      pending.push(stamped);
      wake?.();
    });
    // One listener for the stream's life (not one per wait: a busy inbox would pile them up).
    const onAbort = () => wake?.();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let lastId: string | null = input?.lastEventId ?? null;
      if (lastId) {
        for (const stamped of await ctx.deps.eventSubscriber.replay(organizationId, lastId)) {
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
  }),
});
