import { wakeSnoozedConversations } from '@stayzr/shared/server';
import type { Processor } from './types.js';

export const wakeSnoozed: Processor<'maintenance.wake-snoozed'> = async (_payload, ctx) => ({
  woken: await wakeSnoozedConversations(ctx.db, ctx.services.events),
});
