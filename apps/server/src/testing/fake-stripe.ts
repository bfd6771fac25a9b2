import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

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

type Scripted = { status: number; body: Record<string, unknown> };

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

/**
 * The slice of Stripe's API the billing provider uses (Checkout sessions, subscription retrieve and
 * update, invoice list) on 127.0.0.1, for the real stripe SDK configured with host/port/protocol.
 */
export class FakeStripe {
  readonly requests: RecordedStripeRequest[] = [];
  readonly subscriptions = new Map<string, FakeSubscription>();
  readonly invoices: Record<string, unknown>[] = [];
  private readonly script: Scripted[] = [];
  private server: Server | null = null;
  baseUrl = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next replies, in order, before the normal behaviour resumes. */
  respondWith(...replies: Scripted[]): void {
    this.script.push(...replies);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const form = Object.fromEntries(
      new URLSearchParams(req.method === 'GET' ? url.search : Buffer.concat(chunks).toString()),
    );
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: req.headers.authorization,
      idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      form,
    });
    const scripted = this.script.shift();
    if (scripted) return this.send(res, scripted.status, scripted.body);

    if (req.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
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
      if (req.method === 'POST' && form['items[0][price]']) subscription.price = form['items[0][price]'];
      return this.send(res, 200, this.subscriptionObject(subscription));
    }
    if (req.method === 'GET' && url.pathname === '/v1/invoices') {
      const data = this.invoices.filter((invoice) => invoice.customer === form.customer);
      return this.send(res, 200, { object: 'list', url: '/v1/invoices', has_more: false, data });
    }
    return this.send(res, 404, {
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${url.pathname})`,
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
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
    res.end(JSON.stringify(body));
  }
}
