import { AiReplyService, systemContext } from '@stayzr/shared/server';
import type { Processor } from '../types.js';

export const aiReply: Processor<'ai.reply'> = async (payload, ctx) => {
  const context = systemContext(payload.organizationId, 'ai', ctx.jobId);
  const result = await new AiReplyService(ctx.services, context).handleInbound(payload.messageId);
  ctx.logger.info({ organizationId: payload.organizationId, outcome: result.outcome }, 'ai reply job done');
  return result;
};
