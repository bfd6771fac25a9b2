import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { HttpFake, type ReceivedRequest } from './http-fake.js';

export interface RecordedStripeRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  /** The form-encoded body as Stripe's SDK sends it: `line_items[0][price]` → `price_x`. */
  form: Record<string, string>;
}

export interface FakeSubscription {
  id: string;
  customer: string;
  status: string;
  price: string;
}

const formOf = (request: ReceivedRequest): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(request.method === 'GET' ? request.url.search : request.body));

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

/**
 * The slice of Stripe's API the billing provider uses (Checkout sessions, subscription retrieve and
 * update, invoice list) on 127.0.0.1, for the real stripe SDK configured with host/port/protocol.
 */
export class FakeStripe extends HttpFake {
  readonly subscriptions = new Map<string, FakeSubscription>();
  readonly invoices: Record<string, unknown>[] = [];
  /** What the SDK sent, in order, with the form (or the query of a GET) decoded. */
  get requests(): RecordedStripeRequest[] {
    return this.received.map((request) => ({
      method: request.method,
      path: request.url.pathname,
      authorization: request.headers.authorization,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      form: formOf(request),
    }));
  }

  override reset(): void {
    super.reset();
    this.subscriptions.clear();
    this.invoices.length = 0;
  }

  protected async handle(request: ReceivedRequest, res: ServerResponse): Promise<void> {
    const { method, url } = request;
    const form = formOf(request);
    const scripted = this.nextScripted();
    if (scripted) return this.send(res, scripted.status, scripted.body);

    if (method === 'POST' && url.pathname === '/v1/checkout/sessions') {
      const sessionId = id('cs_test');
      return this.send(res, 200, {
        id: sessionId,
        object: 'checkout.session',
        mode: form.mode,
        client_reference_id: form.client_reference_id ?? null,
        customer: form.customer ?? null,
        subscription: null,
        url: `https://checkout.stripe.test/c/pay/${sessionId}`,
      });
    }
    const subscriptionMatch = /^\/v1\/subscriptions\/([^/]+)$/.exec(url.pathname);
    if (subscriptionMatch) {
      const subscription = this.subscriptions.get(subscriptionMatch[1]!);
      if (!subscription) {
        return this.send(res, 404, {
          error: { type: 'invalid_request_error', message: 'No such subscription' },
        });
      }
      if (method === 'POST' && form['items[0][price]']) subscription.price = form['items[0][price]'];
      return this.send(res, 200, this.subscriptionObject(subscription));
    }
    if (method === 'GET' && url.pathname === '/v1/invoices') {
      const data = this.invoices.filter((invoice) => invoice.customer === form.customer);
      return this.send(res, 200, { object: 'list', url: '/v1/invoices', has_more: false, data });
    }
    return this.send(res, 404, {
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${method}: ${url.pathname})`,
      },
    });
  }

  subscriptionObject(subscription: FakeSubscription) {
    return {
      id: subscription.id,
      object: 'subscription',
      customer: subscription.customer,
      status: subscription.status,
      metadata: {},
      trial_end: null,
      items: {
        object: 'list',
        has_more: false,
        data: [
          { id: `si_${subscription.id}`, object: 'subscription_item', price: { id: subscription.price } },
        ],
      },
    };
  }

  private send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    this.sendJson(res, status, body, { 'request-id': id('req') });
  }
}
