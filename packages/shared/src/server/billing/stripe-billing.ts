import type { Database, Tx } from '@stayzr/db';
import { recordBillingEventOnce } from '@stayzr/db/queries';
import Stripe from 'stripe';
import {
  isPlanName,
  PLAN_NAMES,
  PLANS,
  type PlanName,
  type SubscriptionStatusValue,
} from '../../billing/plans.js';
import type { BillingInvoiceDto } from '../../billing/types.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../infra/logger.js';
import { writeAudit } from '../kernel/audit.js';
import type {
  BillingAccount,
  BillingChangeOutcome,
  BillingProvider,
  BillingUrls,
} from './billing-provider.js';
import { isStripeEventShape } from './stripe-event-shape.js';

export interface StripeBillingConfig {
  secretKey: string;
  webhookSecret: string;
  /** Stripe price id per plan; a plan without one cannot be bought self-serve. */
  prices: Partial<Record<PlanName, string>>;
  /** Another API base (a local fake in tests); default https://api.stripe.com. */
  apiBaseUrl?: string | undefined;
}

export function createStripeClient(config: Pick<StripeBillingConfig, 'secretKey' | 'apiBaseUrl'>): Stripe {
  const base = config.apiBaseUrl ? new URL(config.apiBaseUrl) : null;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 1,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'http:' ? 80 : 443),
          protocol: base.protocol === 'http:' ? 'http' : 'https',
        }
      : {}),
  });
}

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : value.id;

function providerError(logger: Logger, error: unknown, action: string): AppError {
  logger.error({ err: error, action }, 'Stripe request failed');
  return new AppError(
    'BILLING_PROVIDER_ERROR',
    'The payment provider could not be reached. Nothing was changed; please try again.',
  );
}

/** Plan changes through Stripe: Checkout for a first subscription, a price swap on an existing one. */
export class StripeBillingProvider implements BillingProvider {
  readonly name = 'stripe' as const;
  readonly checkoutEnabled = true;

  constructor(
    readonly stripe: Stripe,
    private readonly config: StripeBillingConfig,
    private readonly logger: Logger,
  ) {}

  planForPrice(priceId: string | null | undefined): PlanName | null {
    if (!priceId) return null;
    return PLAN_NAMES.find((plan) => this.config.prices[plan] === priceId) ?? null;
  }

  async changePlan(
    account: BillingAccount,
    plan: PlanName,
    urls: BillingUrls,
  ): Promise<BillingChangeOutcome> {
    const price = this.config.prices[plan];
    if (!price) {
      throw new AppError(
        'PLAN_NOT_SELF_SERVE',
        `The ${PLANS[plan].label} plan is set up with the Stayzr team. Send a request and we will contact you.`,
        { plan },
      );
    }
    const metadata = { organizationId: account.organizationId, plan };
    try {
      if (account.provider === 'stripe' && account.subscriptionId) {
        const subscription = await this.stripe.subscriptions.retrieve(account.subscriptionId);
        const item = subscription.items.data[0];
        if (subscription.status !== 'canceled' && item) {
          await this.stripe.subscriptions.update(
            subscription.id,
            { items: [{ id: item.id, price }], proration_behavior: 'create_prorations', metadata },
            { idempotencyKey: `plan-change:${subscription.id}:${plan}:${item.id}` },
          );
          return { kind: 'apply' };
        }
      }
      const session = await this.stripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price, quantity: 1 }],
        client_reference_id: account.organizationId,
        ...(account.customerId ? { customer: account.customerId } : {}),
        metadata,
        subscription_data: { metadata },
        success_url: urls.successUrl,
        cancel_url: urls.cancelUrl,
      });
      if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
      return { kind: 'checkout', url: session.url };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw providerError(this.logger, error, 'changePlan');
    }
  }

  async invoices(account: BillingAccount): Promise<BillingInvoiceDto[]> {
    if (!account.customerId) return [];
    try {
      const list = await this.stripe.invoices.list({ customer: account.customerId, limit: 24 });
      return list.data.map((invoice) => ({
        id: invoice.id ?? '',
        number: invoice.number,
        createdAt: new Date(invoice.created * 1000),
        amountDue: invoice.amount_due,
        amountPaid: invoice.amount_paid,
        currency: invoice.currency,
        status: invoice.status,
        hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
      }));
    } catch (error) {
      throw providerError(this.logger, error, 'invoices');
    }
  }
}

// Webhooks -------------------------------------------------------------------------------------------------

export interface WebhookResult {
  status: 200 | 400;
  body: { received: boolean; duplicate?: boolean; error?: string };
}

function subscriptionStatusOf(status: Stripe.Subscription.Status): SubscriptionStatusValue | null {
  switch (status) {
    case 'active':
      return 'active';
    case 'trialing':
      return 'trialing';
    case 'past_due':
    case 'unpaid':
    case 'paused':
      return 'past_due';
    case 'canceled':
    case 'incomplete_expired':
      return 'canceled';
    default:
      // incomplete: the first payment is still being attempted, checkout.session.completed decides.
      return null;
  }
}

type OrganizationRow = { id: string; plan: PlanName; subscriptionStatus: SubscriptionStatusValue };

/**
 * Applies Stripe's signed events. The signature is checked on the raw body before anything is read;
 * each event id is recorded in billing_events in the same transaction as its effect, so a redelivered
 * event (Stripe retries, or a replay) changes nothing.
 */
export class StripeWebhookHandler {
  constructor(
    private readonly deps: { db: Database; logger: Logger },
    private readonly provider: StripeBillingProvider,
    private readonly webhookSecret: string,
  ) {}

  async handle(rawBody: string | Buffer, signature: string | string[] | undefined): Promise<WebhookResult> {
    if (rawBody.length === 0) return this.notAnEvent();
    const refuseSignature = (error: unknown): WebhookResult => {
      this.deps.logger.warn({ err: error }, 'Stripe webhook refused: bad signature');
      return { status: 400, body: { received: false, error: 'invalid signature' } };
    };
    if (typeof signature !== 'string' || !signature)
      return refuseSignature('missing Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = this.provider.stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
    } catch (error) {
      // The SDK parses the body only once the signature holds: anything else it throws is about the body.
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) return refuseSignature(error);
      return this.notAnEvent();
    }
    if (!isStripeEventShape(event)) return this.notAnEvent();
    const applied = await this.deps.db.withPlatform(async (tx) => {
      if (!(await recordBillingEventOnce(tx, event.id, event.type))) return false;
      const organizationId = await this.apply(tx, event);
      if (organizationId) {
        await tx.billingEvent.update({ where: { id: event.id }, data: { organizationId } });
      }
      return true;
    });
    if (!applied)
      this.deps.logger.info({ eventId: event.id, type: event.type }, 'Stripe event already applied');
    return { status: 200, body: { received: true, ...(applied ? {} : { duplicate: true }) } };
  }

  private notAnEvent(): WebhookResult {
    this.deps.logger.warn('Stripe webhook refused: signed, but not a Stripe event we can read');
    return { status: 400, body: { received: false, error: 'not a Stripe event' } };
  }

  /** Returns the organization the event concerned, if any. */
  private async apply(tx: Tx, event: Stripe.Event): Promise<string | null> {
    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object;
        const org = await this.findOrganization(tx, {
          id: session.client_reference_id ?? session.metadata?.organizationId,
        });
        const plan = session.metadata?.plan;
        if (!org || !plan || !isPlanName(plan)) return this.ignore(event, org?.id ?? null);
        await tx.organization.update({
          where: { id: org.id },
          data: {
            plan,
            subscriptionStatus: 'active',
            trialEndsAt: null,
            billingProvider: 'stripe',
            billingCustomerId: idOf(session.customer),
            billingSubscription: idOf(session.subscription),
          },
        });
        await this.audit(tx, event, org.id, 'billing.checkout_completed', {
          from: { plan: org.plan, status: org.subscriptionStatus },
          to: { plan, status: 'active' },
        });
        return org.id;
      }
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const subscription = event.data.object;
        const org = await this.findOrganization(tx, {
          subscriptionId: subscription.id,
          id: subscription.metadata?.organizationId,
        });
        if (!org) return this.ignore(event, null);
        const status =
          event.type === 'customer.subscription.deleted'
            ? 'canceled'
            : subscriptionStatusOf(subscription.status);
        const plan =
          event.type === 'customer.subscription.deleted'
            ? null
            : this.provider.planForPrice(subscription.items.data[0]?.price.id);
        await tx.organization.update({
          where: { id: org.id },
          data: {
            ...(status ? { subscriptionStatus: status } : {}),
            ...(plan ? { plan } : {}),
            ...(status === 'trialing' && subscription.trial_end
              ? { trialEndsAt: new Date(subscription.trial_end * 1000) }
              : {}),
            billingProvider: 'stripe',
            billingSubscription: subscription.id,
            billingCustomerId: idOf(subscription.customer),
          },
        });
        await this.audit(
          tx,
          event,
          org.id,
          event.type === 'customer.subscription.deleted'
            ? 'billing.subscription_canceled'
            : 'billing.subscription_updated',
          {
            from: { plan: org.plan, status: org.subscriptionStatus },
            to: { plan: plan ?? org.plan, status: status ?? org.subscriptionStatus },
          },
        );
        return org.id;
      }
      case 'invoice.payment_failed': {
        const invoice = event.data.object;
        const org = await this.findOrganization(tx, { customerId: idOf(invoice.customer) });
        if (!org) return this.ignore(event, null);
        if (org.subscriptionStatus !== 'canceled') {
          await tx.organization.update({ where: { id: org.id }, data: { subscriptionStatus: 'past_due' } });
        }
        await tx.notification.createMany({
          data: [
            {
              organizationId: org.id,
              kind: 'billing',
              title: 'Your payment failed',
              body: 'Sending and settings are paused until billing is resolved. Update your payment method to continue.',
              data: { invoiceId: invoice.id ?? null },
              dedupeKey: `billing:payment_failed:${invoice.id ?? event.id}`,
            },
          ],
          skipDuplicates: true,
        });
        await this.audit(tx, event, org.id, 'billing.payment_failed', {
          from: { status: org.subscriptionStatus },
          to: { status: org.subscriptionStatus === 'canceled' ? 'canceled' : 'past_due' },
          invoiceId: invoice.id ?? null,
        });
        return org.id;
      }
      default:
        return null;
    }
  }

  private async findOrganization(
    tx: Tx,
    by: { id?: string | null | undefined; subscriptionId?: string; customerId?: string | null },
  ): Promise<OrganizationRow | null> {
    const select = { id: true, plan: true, subscriptionStatus: true } as const;
    if (by.subscriptionId) {
      const found = await tx.organization.findFirst({
        where: { billingSubscription: by.subscriptionId },
        select,
      });
      if (found) return found;
    }
    if (by.customerId) {
      const found = await tx.organization.findFirst({ where: { billingCustomerId: by.customerId }, select });
      if (found) return found;
    }
    if (by.id && /^[0-9a-f-]{36}$/i.test(by.id)) {
      return tx.organization.findUnique({ where: { id: by.id }, select });
    }
    return null;
  }

  private ignore(event: Stripe.Event, organizationId: string | null): string | null {
    this.deps.logger.warn(
      { eventId: event.id, type: event.type, organizationId },
      'Stripe event names no organization or plan we know; recorded and ignored',
    );
    return organizationId;
  }

  private audit(
    tx: Tx,
    event: Stripe.Event,
    organizationId: string,
    action: string,
    metadata: Record<string, unknown>,
  ) {
    return writeAudit(tx, {
      organizationId,
      actorUserId: null,
      actorType: 'billing',
      action,
      targetType: 'organization',
      targetId: organizationId,
      metadata: { ...metadata, provider: 'stripe', eventId: event.id },
    });
  }
}

/** The Stripe provider and its webhook handler, built from the server's env. */
export function createStripeBilling(
  config: StripeBillingConfig,
  deps: { db: Database; logger: Logger },
): { provider: StripeBillingProvider; webhooks: StripeWebhookHandler } {
  const provider = new StripeBillingProvider(createStripeClient(config), config, deps.logger);
  return { provider, webhooks: new StripeWebhookHandler(deps, provider, config.webhookSecret) };
}
