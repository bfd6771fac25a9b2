import { EnvError, parseEnv } from '@stayzr/shared/server';
import { describe, expect, it } from 'vitest';
import { ZServerEnv } from './env.js';

describe('server env', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv(ZServerEnv, {});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgresql://postgres:postgres@127.0.0.1:5432/stayzr');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('names every invalid variable', () => {
    const attempt = () =>
      parseEnv(ZServerEnv, { PORT: 'eighty', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'maybe' });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const message = (error as EnvError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgresql:// URL');
      expect(message).toContain('TRUST_PROXY');
    }
  });

  it('requires an encryption key in production', () => {
    expect(() => parseEnv(ZServerEnv, { NODE_ENV: 'production' })).toThrow(
      /APP_ENCRYPTION_KEY: required in production/,
    );
    const env = parseEnv(ZServerEnv, { NODE_ENV: 'production', APP_ENCRYPTION_KEY: 'x'.repeat(32) });
    expect(env.HOST).toBe('0.0.0.0');
  });

  it('requires the webhook secret and the self-serve price ids when Stripe is enabled', () => {
    expect(() => parseEnv(ZServerEnv, { STRIPE_SECRET_KEY: 'sk_test_x' })).toThrow(
      /STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set[\s\S]*STRIPE_PRICE_STARTER[\s\S]*STRIPE_PRICE_PROFESSIONAL/,
    );
    const env = parseEnv(ZServerEnv, {
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      STRIPE_PRICE_STARTER: 'price_s',
      STRIPE_PRICE_PROFESSIONAL: 'price_p',
    });
    expect(env.STRIPE_PRICE_ENTERPRISE).toBeUndefined();
    expect(parseEnv(ZServerEnv, {}).STRIPE_SECRET_KEY).toBeUndefined();
  });

  it('treats empty strings as unset and strips a trailing slash from PUBLIC_URL', () => {
    const env = parseEnv(ZServerEnv, { PORT: '', PUBLIC_URL: 'https://hotel.example.com/' });
    expect(env.PORT).toBe(3000);
    expect(env.PUBLIC_URL).toBe('https://hotel.example.com');
  });

  it('links people to the web app at WEB_URL, which is PUBLIC_URL unless set', () => {
    expect(parseEnv(ZServerEnv, { PUBLIC_URL: 'https://hotel.example.com/' }).WEB_URL).toBe(
      'https://hotel.example.com',
    );
    const dev = parseEnv(ZServerEnv, { PORT: '3000', WEB_URL: 'http://localhost:5173/' });
    expect(dev.PUBLIC_URL).toBe('http://localhost:3000');
    expect(dev.WEB_URL).toBe('http://localhost:5173');
  });

  it('takes the platform SMTP relay as an smtp:// or smtps:// URL', () => {
    expect(parseEnv(ZServerEnv, { SMTP_URL: 'smtps://user:pass@smtp.example.com:465' }).SMTP_URL).toBe(
      'smtps://user:pass@smtp.example.com:465',
    );
    expect(() => parseEnv(ZServerEnv, { SMTP_URL: 'smtp.example.com' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
  });
});
