import { alertsRouter } from './routers/alerts.router.js';
import { auditRouter } from './routers/audit.router.js';
import { authRouter } from './routers/auth.router.js';
import { cannedResponsesRouter } from './routers/canned-responses.router.js';
import { channelsRouter } from './routers/channels.router.js';
import { conversationsRouter } from './routers/conversations.router.js';
import { guestsRouter } from './routers/guests.router.js';
import { healthRouter } from './routers/health.router.js';
import { inboxRouter } from './routers/inbox.router.js';
import { knowledgeRouter } from './routers/knowledge.router.js';
import { labelsRouter } from './routers/labels.router.js';
import { messagesRouter } from './routers/messages.router.js';
import { notificationsRouter } from './routers/notifications.router.js';
import { platformRouter } from './routers/platform.router.js';
import { staysRouter } from './routers/stays.router.js';
import { subscriptionRouter } from './routers/subscription.router.js';
import { teamRouter } from './routers/team.router.js';
import { router } from './trpc/init.js';

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  audit: auditRouter,
  alerts: alertsRouter,
  team: teamRouter,
  guests: guestsRouter,
  stays: staysRouter,
  conversations: conversationsRouter,
  messages: messagesRouter,
  cannedResponses: cannedResponsesRouter,
  labels: labelsRouter,
  inbox: inboxRouter,
  channels: channelsRouter,
  knowledge: knowledgeRouter,
  subscription: subscriptionRouter,
  notifications: notificationsRouter,
  platform: platformRouter,
});

export type AppRouter = typeof appRouter;
