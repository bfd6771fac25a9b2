import { ZInboxEventsInput } from '@stayzr/shared';
import { inboxEvents } from '../live/inbox-events.js';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

export const inboxRouter = router({
  /** The organization's live events over SSE, resumable from the last event id (live/inbox-events.ts). */
  events: orgProcedure.input(ZInboxEventsInput).subscription(({ ctx, input, signal }) =>
    inboxEvents({
      subscriber: ctx.deps.eventSubscriber,
      tenant: ctx.tenant,
      lastEventId: input?.lastEventId ?? null,
      signal,
    }),
  ),
});
