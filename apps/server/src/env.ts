import { fileURLToPath } from 'node:url';
import { ZBaseEnv } from '@stayzr/shared/server';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

export const ZServerEnv = ZBaseEnv.extend({
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  /** The URL providers call back (Twilio signature checks, callback and invitation links). */
  PUBLIC_URL: z.url().optional(),
  /** The web app's public URL for links people open (invitations); defaults to PUBLIC_URL. */
  WEB_URL: z.url().optional(),
  /** The platform's SMTP relay for invitations, nodemailer's URL form; unset = links are copied by hand. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** The From of the platform's mail; defaults to `Stayzr <no-reply@<WEB_URL's host>>`. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Honour X-Forwarded-* headers; only behind a proxy you control. */
  TRUST_PROXY: booleanFlag,
  /** Built web app served in production. */
  WEB_DIST_DIR: z.string().default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Stripe billing: set the secret key to enable Checkout upgrades and the /webhooks/stripe route. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Stripe price ids of the self-serve plans (enterprise is optional: arranged with the team). */
  STRIPE_PRICE_STARTER: z.string().min(1).optional(),
  STRIPE_PRICE_PROFESSIONAL: z.string().min(1).optional(),
  STRIPE_PRICE_ENTERPRISE: z.string().min(1).optional(),
  /** Another Stripe API base (a local fake in tests and demos). */
  STRIPE_API_BASE_URL: z.url().optional(),
}).transform((env, ctx) => {
  if (env.NODE_ENV === 'production' && !env.APP_ENCRYPTION_KEY) {
    ctx.addIssue({ code: 'custom', path: ['APP_ENCRYPTION_KEY'], message: 'required in production' });
  }
  if (env.STRIPE_SECRET_KEY) {
    for (const key of [
      'STRIPE_WEBHOOK_SECRET',
      'STRIPE_PRICE_STARTER',
      'STRIPE_PRICE_PROFESSIONAL',
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required when STRIPE_SECRET_KEY is set' });
    }
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    ...env,
    HOST: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    PUBLIC_URL: publicUrl,
    WEB_URL: (env.WEB_URL ?? publicUrl).replace(/\/$/, ''),
  };
});

export type ServerEnv = z.infer<typeof ZServerEnv>;
