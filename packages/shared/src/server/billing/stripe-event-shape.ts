import { z } from 'zod';

/**
 * What the webhook handler reads from a Stripe event, checked after the signature and before anything is
 * written. A signed body is Stripe's, but a body of the wrong shape (a test ping, an API version that
 * moved a field, a misconfigured forwarder) must be a clear 400, not a TypeError or a database error.
 * Fields the handler does not read pass through unchecked.
 */
const ZStripeId = z.string().regex(/^[A-Za-z0-9_]{1,255}$/);
const ZExpandable = z.union([ZStripeId, z.object({ id: ZStripeId }).loose()]).nullish();
const ZMetadata = z.record(z.string(), z.string().max(500)).nullish();

const ZEventBase = z
  .object({
    id: z.string().regex(/^evt_[A-Za-z0-9_]{1,251}$/),
    type: z.string().regex(/^[a-z0-9_.]{1,200}$/),
    data: z.object({ object: z.object({}).loose() }).loose(),
  })
  .loose();

const objectSchemas: Record<string, z.ZodType> = {
  'checkout.session.completed': z
    .object({
      client_reference_id: z.string().max(200).nullish(),
      metadata: ZMetadata,
      customer: ZExpandable,
      subscription: ZExpandable,
    })
    .loose(),
  'customer.subscription.updated': z
    .object({
      id: ZStripeId,
      metadata: ZMetadata,
      status: z.string().max(50),
      customer: ZExpandable,
      trial_end: z.number().int().min(0).max(32_503_680_000).nullish(),
      items: z
        .object({ data: z.array(z.object({ price: z.object({ id: ZStripeId }).loose() }).loose()) })
        .loose(),
    })
    .loose(),
  'customer.subscription.deleted': z
    .object({ id: ZStripeId, metadata: ZMetadata, customer: ZExpandable })
    .loose(),
  'invoice.payment_failed': z.object({ id: ZStripeId.nullish(), customer: ZExpandable }).loose(),
};

/** True when `value` is an event the handler can read without surprises. */
export function isStripeEventShape(value: unknown): boolean {
  const base = ZEventBase.safeParse(value);
  if (!base.success) return false;
  const schema = objectSchemas[base.data.type];
  return !schema || schema.safeParse(base.data.data.object).success;
}
