import { DeliverySweeper } from '@stayzr/shared/server';
import type { Processor } from './types.js';

export const requeueStuckMessages: Processor<'maintenance.requeue-stuck-messages'> = async (
  _payload,
  ctx,
) => {
  const requeued = await new DeliverySweeper({
    db: ctx.db,
    queues: ctx.services.queues,
    logger: ctx.logger,
  }).run();
  return { requeued };
};
