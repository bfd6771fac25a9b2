import {
  AiReplyService,
  AlertSettingsService,
  AuditService,
  CannedResponseService,
  ChannelAccountService,
  ConversationService,
  GuestService,
  KnowledgeService,
  LabelService,
  MessageService,
  NotificationService,
  PlanGate,
  type PlatformActor,
  PlatformBillingService,
  PlatformService,
  StayService,
  SubscriptionService,
  TeamService,
  type TenantContext,
  TypingService,
} from '@stayzr/shared/server';
import type { ServerDeps } from '../deps.js';

type Factories = Record<string, () => object>;
type Built<F extends Factories> = { readonly [K in keyof F]: ReturnType<F[K]> };

/** An object whose properties are built on first access, once (per request: one of these per call). */
function lazily<F extends Factories>(factories: F): Built<F> {
  const services = {};
  for (const [name, build] of Object.entries(factories)) {
    let built: object | undefined;
    Object.defineProperty(services, name, { enumerable: true, get: () => (built ??= build()) });
  }
  return services as Built<F>;
}

/**
 * `ctx.services` of orgProcedure: the request's tenant services (`ctx.services.conversations.list(…)`),
 * each built from the one ServiceDeps and the request's tenant context when a handler first uses it.
 */
export function tenantServices(deps: ServerDeps, tenant: TenantContext) {
  const { services } = deps;
  return lazily({
    audit: () => new AuditService(services, tenant),
    cannedResponses: () => new CannedResponseService(services, tenant),
    channels: () => new ChannelAccountService(services, tenant),
    knowledge: () => new KnowledgeService(services, tenant),
    labels: () => new LabelService(services, tenant),
    typing: () => new TypingService(services, tenant),
    alerts: () => new AlertSettingsService(services, tenant),
    ai: () => new AiReplyService(services, tenant),
    conversations: () => new ConversationService(services, tenant),
    guests: () => new GuestService(services, tenant),
    messages: () => new MessageService(services, tenant),
    notifications: () => new NotificationService(services, tenant),
    plan: () => new PlanGate(services, tenant),
    stays: () => new StayService(services, tenant),
    subscription: () => new SubscriptionService(services, tenant, deps.billing),
    team: () => new TeamService(services, tenant),
  });
}

export type TenantServices = ReturnType<typeof tenantServices>;

/** `ctx.services` of superAdminProcedure: the platform-scope services, built the same way. */
export function platformServices(deps: ServerDeps, actor: PlatformActor) {
  const { services } = deps;
  return lazily({
    platform: () => new PlatformService(services, actor),
    platformBilling: () => new PlatformBillingService(services, actor, deps.billing.checkoutEnabled),
  });
}
