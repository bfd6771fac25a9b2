import { randomBytes } from 'node:crypto';
import {
  createTestOrganization,
  createTestUser,
  type TestDatabase,
  type TestOrganizationOverrides,
} from '@stayzr/db/testing';
import type { StripeBillingProvider } from '@stayzr/shared/server';
import type { FakeStripe } from '@stayzr/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, useServerHarness } from './testing/harness.js';
import { expectTrpcError, type TrpcSession } from './testing/trpc-session.js';

const WEBHOOK_SECRET = 'whsec_stayzr_test_secret';

describe('Stripe billing: Checkout upgrades and signed webhooks', () => {
  const harness = useServerHarness({
    server: 'any-port',
    stripe: true,
    env: {
      STRIPE_SECRET_KEY: 'sk_test_stayzr_fake',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PRICE_STARTER: 'price_starter_monthly',
      STRIPE_PRICE_PROFESSIONAL: 'price_professional_monthly',
    },
  });
  let database: TestDatabase;
  let server: TestServer;
  let base: string;
  let stripe: FakeStripe;
  let superAdmin: TrpcSession;

  const eventId = () => `evt_${randomBytes(8).toString('hex')}`;

  function event(type: string, object: Record<string, unknown>, id = eventId()) {
    return JSON.stringify({
      id,
      object: 'event',
      type,
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    });
  }

  /** Signed with the SDK's own test helper, as Stripe would sign it. */
  function sign(payload: string, secret = WEBHOOK_SECRET): string {
    const provider = server.deps.billing as StripeBillingProvider;
    return provider.stripe.webhooks.generateTestHeaderString({ payload, secret });
  }

  async function deliver(payload: string, signature: string | null = sign(payload)) {
    const response = await fetch(`${base}/webhooks/stripe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(signature ? { 'stripe-signature': signature } : {}),
      },
      body: payload,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function hotel(overrides: TestOrganizationOverrides = {}) {
    const org = await createTestOrganization(database.db, { plan: 'starter', ...overrides });
    const admin = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    return { org, admin: await harness.signIn(admin.email) };
  }

  const organization = (id: string) =>
    database.db.withPlatform((tx) => tx.organization.findUniqueOrThrow({ where: { id } }));
  const audits = (organizationId: string, prefix: string) =>
    database.db.withPlatform((tx) =>
      tx.auditLog.findMany({
        where: { organizationId, action: { startsWith: prefix } },
        orderBy: { createdAt: 'asc' },
      }),
    );

  beforeAll(async () => {
    ({ database, server, base, stripe } = harness);
    const admin = await createTestUser(database.db, null, { role: 'SUPER_ADMIN' });
    superAdmin = await harness.signIn(admin.email);
  });

  it('an upgrade without a Stripe subscription opens a Checkout session; the plan changes on the webhook, once', async () => {
    const { org, admin } = await hotel({
      subscriptionStatus: 'trialing',
      trialEndsAt: new Date(Date.now() + 86_400_000),
    });
    expect((await admin.client.subscription.get.query()).billing).toEqual({
      provider: 'manual',
      checkoutEnabled: true,
      hasBillingAccount: false,
    });
    const result = await admin.client.subscription.changePlan.mutate({ plan: 'professional' });
    expect(result).toMatchObject({
      kind: 'checkout',
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//),
    });
    const request = stripe.requests.at(-1)!;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      authorization: 'Bearer sk_test_stayzr_fake',
    });
    expect(request.form).toMatchObject({
      mode: 'subscription',
      'line_items[0][price]': 'price_professional_monthly',
      'line_items[0][quantity]': '1',
      client_reference_id: org.id,
      'metadata[plan]': 'professional',
      'subscription_data[metadata][organizationId]': org.id,
      success_url: `${server.deps.env.PUBLIC_URL}/settings/plan?checkout=success`,
    });
    expect((await organization(org.id)).plan).toBe('starter');
    expect((await audits(org.id, 'subscription.')).map((a) => a.action)).toEqual([
      'subscription.checkout_started',
    ]);

    const completed = event('checkout.session.completed', {
      id: 'cs_test_1',
      object: 'checkout.session',
      client_reference_id: org.id,
      customer: 'cus_hotel_1',
      subscription: 'sub_hotel_1',
      metadata: { organizationId: org.id, plan: 'professional' },
    });
    expect(await deliver(completed)).toEqual({ status: 200, body: { received: true } });
    expect(await organization(org.id)).toMatchObject({
      plan: 'professional',
      subscriptionStatus: 'active',
      trialEndsAt: null,
      billingProvider: 'stripe',
      billingCustomerId: 'cus_hotel_1',
      billingSubscription: 'sub_hotel_1',
    });

    // The same event again (Stripe retries, or a replay) is acknowledged and changes nothing, even after
    // the state moved on in between.
    await superAdmin.client.platform.subscriptions.set.mutate({ organizationId: org.id, status: 'past_due' });
    expect(await deliver(completed)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect((await organization(org.id)).subscriptionStatus).toBe('past_due');
    expect((await audits(org.id, 'billing.')).map((a) => [a.action, a.actorType])).toEqual([
      ['billing.checkout_completed', 'billing'],
    ]);
    const recorded = await database.db.withPlatform((tx) =>
      tx.billingEvent.findMany({ where: { organizationId: org.id } }),
    );
    expect(recorded.map((e) => e.type)).toEqual(['checkout.session.completed']);
  });

  it('a forged or tampered webhook is refused with 400 and changes nothing', async () => {
    const { org } = await hotel();
    const before = await organization(org.id);
    const forgedId = eventId();
    const payload = event(
      'checkout.session.completed',
      {
        object: 'checkout.session',
        client_reference_id: org.id,
        metadata: { organizationId: org.id, plan: 'professional' },
      },
      forgedId,
    );
    const wrongSecret = await deliver(payload, sign(payload, 'whsec_attacker'));
    expect(wrongSecret).toEqual({ status: 400, body: { received: false, error: 'invalid signature' } });
    const tampered = await deliver(payload.replace('professional', 'enterprise'), sign(payload));
    expect(tampered.status).toBe(400);
    expect((await deliver(payload, null)).status).toBe(400);
    expect((await deliver(payload, 't=1,v1=deadbeef')).status).toBe(400);
    expect(await organization(org.id)).toEqual(before);
    expect(await database.db.withPlatform((tx) => tx.billingEvent.count({ where: { id: forgedId } }))).toBe(
      0,
    );
    expect(await audits(org.id, 'billing.')).toEqual([]);
  });

  it('a correctly signed body that is not a Stripe event is a clear 400 and writes nothing', async () => {
    const { org } = await hotel();
    const before = await organization(org.id);
    const eventsBefore = await database.db.withPlatform((tx) => tx.billingEvent.count());
    const notEvents = [
      '',
      'null',
      '{}',
      '[]',
      '"evt_1"',
      '42',
      '{"id":"evt_no_type"}',
      JSON.stringify({ id: 7, type: 'checkout.session.completed', data: { object: {} } }),
      JSON.stringify({ id: 'evt_no_data', object: 'event', type: 'invoice.payment_failed' }),
      JSON.stringify({
        id: 'evt_null_object',
        type: 'customer.subscription.updated',
        data: { object: null },
      }),
      JSON.stringify({ id: `evt_${'x'.repeat(300)}`, type: 'invoice.payment_failed', data: { object: {} } }),
      JSON.stringify({ id: 'evt_nul\u0000', type: 'invoice.payment_failed', data: { object: {} } }),
    ];
    const answers = [];
    for (const payload of notEvents) answers.push({ payload, ...(await deliver(payload)) });
    expect(answers).toEqual(
      notEvents.map((payload) => ({
        payload,
        status: 400,
        body: { received: false, error: 'not a Stripe event' },
      })),
    );
    expect(await organization(org.id)).toEqual(before);
    expect(await database.db.withPlatform((tx) => tx.billingEvent.count())).toBe(eventsBefore);
    expect(await audits(org.id, 'billing.')).toEqual([]);
  });

  it('subscription updates, payment failures and cancellation drive the status (read-only when not paid)', async () => {
    const { org, admin } = await hotel({
      plan: 'professional',
      billingProvider: 'stripe',
      billingCustomerId: 'cus_hotel_2',
      billingSubscription: 'sub_hotel_2',
    });
    const subscription = (status: string, price = 'price_professional_monthly') => ({
      id: 'sub_hotel_2',
      object: 'subscription',
      customer: 'cus_hotel_2',
      status,
      metadata: {},
      trial_end: null,
      items: { object: 'list', data: [{ id: 'si_1', object: 'subscription_item', price: { id: price } }] },
    });

    const failed = event('invoice.payment_failed', {
      id: 'in_1',
      object: 'invoice',
      customer: 'cus_hotel_2',
    });
    expect((await deliver(failed)).status).toBe(200);
    expect((await organization(org.id)).subscriptionStatus).toBe('past_due');
    expect(
      await expectTrpcError(admin.client.team.invite.mutate({ email: 'unpaid@hotel.test', role: 'STAFF' })),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'SUBSCRIPTION_INACTIVE' });
    const notes = await admin.client.notifications.list.query({});
    expect(notes.items.map((n) => n.title)).toEqual(['Your payment failed']);

    await deliver(event('customer.subscription.updated', subscription('active', 'price_starter_monthly')));
    expect(await organization(org.id)).toMatchObject({ plan: 'starter', subscriptionStatus: 'active' });
    await admin.client.team.invite.mutate({ email: 'paid@hotel.test', role: 'STAFF' });

    await deliver(event('customer.subscription.deleted', subscription('canceled')));
    expect((await organization(org.id)).subscriptionStatus).toBe('canceled');
    expect((await admin.client.subscription.get.query()).readOnlyReason).toBe(
      'Your subscription is canceled; sending and settings are paused until a plan is active again.',
    );
    expect((await audits(org.id, 'billing.')).map((a) => a.action)).toEqual([
      'billing.payment_failed',
      'billing.subscription_updated',
      'billing.subscription_canceled',
    ]);
  });

  it('an event about an unknown organization is recorded and acknowledged, changing nothing', async () => {
    const id = eventId();
    const payload = event(
      'customer.subscription.deleted',
      {
        id: 'sub_nobody',
        object: 'subscription',
        customer: 'cus_nobody',
        status: 'canceled',
        metadata: {},
        items: { data: [] },
      },
      id,
    );
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true } });
    expect(
      await database.db.withPlatform((tx) => tx.billingEvent.findUnique({ where: { id } })),
    ).toMatchObject({
      type: 'customer.subscription.deleted',
      organizationId: null,
    });
  });

  it('with a Stripe subscription, an upgrade swaps the price and applies at once; invoices come from Stripe', async () => {
    const { org, admin } = await hotel({
      billingProvider: 'stripe',
      billingCustomerId: 'cus_hotel_3',
      billingSubscription: 'sub_hotel_3',
    });
    stripe.subscriptions.set('sub_hotel_3', {
      id: 'sub_hotel_3',
      customer: 'cus_hotel_3',
      status: 'active',
      price: 'price_starter_monthly',
    });
    const result = await admin.client.subscription.changePlan.mutate({ plan: 'professional' });
    expect(result).toMatchObject({ kind: 'changed', subscription: { plan: 'professional' } });
    const update = stripe.requests.at(-1)!;
    expect(update).toMatchObject({ method: 'POST', path: '/v1/subscriptions/sub_hotel_3' });
    expect(update.form).toMatchObject({
      'items[0][id]': 'si_sub_hotel_3',
      'items[0][price]': 'price_professional_monthly',
      proration_behavior: 'create_prorations',
    });
    expect(update.idempotencyKey).toBeTruthy();
    expect((await organization(org.id)).plan).toBe('professional');
    expect((await audits(org.id, 'subscription.')).map((a) => a.metadata)).toEqual([
      { from: 'starter', to: 'professional', provider: 'stripe' },
    ]);

    stripe.invoices.push({
      id: 'in_3',
      object: 'invoice',
      customer: 'cus_hotel_3',
      number: 'STZ-0003',
      created: 1_790_000_000,
      amount_due: 14_900,
      amount_paid: 14_900,
      currency: 'usd',
      status: 'paid',
      hosted_invoice_url: 'https://invoice.stripe.test/in_3',
    });
    expect(await admin.client.subscription.invoices.query()).toEqual([
      {
        id: 'in_3',
        number: 'STZ-0003',
        createdAt: new Date(1_790_000_000_000),
        amountDue: 14_900,
        amountPaid: 14_900,
        currency: 'usd',
        status: 'paid',
        hostedInvoiceUrl: 'https://invoice.stripe.test/in_3',
      },
    ]);
  });

  it('when Stripe refuses, the plan does not change and the admin is told to try again', async () => {
    const { org, admin } = await hotel();
    stripe.respondWith({
      status: 400,
      body: { error: { type: 'invalid_request_error', message: 'No such price' } },
    });
    const error = await expectTrpcError(
      admin.client.subscription.changePlan.mutate({ plan: 'professional' }),
    );
    expect(error).toMatchObject({
      code: 'BAD_GATEWAY',
      appCode: 'BILLING_PROVIDER_ERROR',
      message: 'The payment provider could not be reached. Nothing was changed; please try again.',
    });
    expect((await organization(org.id)).plan).toBe('starter');
  });
});
