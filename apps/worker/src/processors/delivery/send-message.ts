import { MessageDeliveryService, systemContext } from '@stayzr/shared/server';
import type { Processor } from '../types.js';

export const sendMessage: Processor<'delivery.send-message'> = async (payload, ctx) => {
  const context = systemContext(payload.organizationId, 'delivery', ctx.jobId);
  return new MessageDeliveryService(ctx.services, context).deliver(payload.messageId, ctx.isFinalAttempt);
};
