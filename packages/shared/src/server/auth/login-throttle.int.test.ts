import {
  createTestDatabase,
  createTestOrganization,
  createTestSession,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { createLogger } from '../infra/logger.js';
import { createRedis, type Redis } from '../infra/redis.js';
import { AuthService } from './auth-service.js';
import { LoginThrottle } from './login-throttle.js';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? error.appCode : String(error)),
  );

describe('login throttle', () => {
  let database: TestDatabase;
  let redis: Redis;
  let auth: AuthService;
  let throttle: LoginThrottle;
  let orgId: string;
  const meta = (ip: string) => ({ ip, userAgent: 'test', requestId: 'req' });

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    throttle = new LoginThrottle(redis, testRedisPrefix(), 'test-device-secret-0123456789');
    auth = new AuthService({
      db: database.db,
      logger: createLogger({ name: 'test', level: 'silent' }),
      throttle,
    });
    orgId = (await createTestOrganization(database.db, { name: 'Hotel Throttle' })).id;
  });
  afterAll(async () => {
    redis?.disconnect();
    await database?.drop();
  });

  it('evaluates at most five of twenty parallel attempts on one account', async () => {
    const user = await createTestUser(database.db, orgId);
    const attempts = Array.from({ length: 20 }, (_, i) =>
      outcome(
        auth.login(
          { email: user.email, password: i === 19 ? TEST_PASSWORD : `wrong-guess-${i}` },
          meta('203.0.113.7'),
        ),
      ),
    );
    const results = await Promise.all(attempts);
    const evaluated = results.filter((result) => result !== 'TOO_MANY_ATTEMPTS');
    expect(evaluated.length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => result === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(15);
  });

  it('throttles the current-password check of changePassword the same way', async () => {
    const user = await createTestUser(database.db, orgId);
    const created = await createTestSession(database.db, user);
    const session = await auth.resolveSession(created.token);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(
          auth.changePassword(
            session!,
            { currentPassword: `wrong-guess-${i}`, newPassword: 'a-new-long-passphrase-42' },
            meta('203.0.113.8'),
          ),
        ),
      ),
    );
    expect(results.filter((result) => result === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => result === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(15);
  });

  it('does not let a stranger lock the owner out: failures elsewhere leave another IP free', async () => {
    const user = await createTestUser(database.db, orgId);
    for (let i = 0; i < 8; i++)
      await outcome(auth.login({ email: user.email, password: 'wrong-guess' }, meta('198.51.100.1')));
    const attacker = await outcome(auth.login({ email: user.email, password: 'x' }, meta('198.51.100.1')));
    expect(attacker).toBe('TOO_MANY_ATTEMPTS');
    const owner = await outcome(
      auth.login({ email: user.email, password: TEST_PASSWORD }, meta('192.0.2.50')),
    );
    expect(owner).toBe('ok');
  });

  it('lets a known device sign in from behind the same NAT as the guesser', async () => {
    const user = await createTestUser(database.db, orgId);
    const first = await auth.login({ email: user.email, password: TEST_PASSWORD }, meta('192.0.2.60'));
    for (let i = 0; i < 8; i++)
      await outcome(auth.login({ email: user.email, password: 'wrong-guess' }, meta('192.0.2.60')));
    expect(
      await outcome(auth.login({ email: user.email, password: TEST_PASSWORD }, meta('192.0.2.60'))),
    ).toBe('TOO_MANY_ATTEMPTS');
    const known = auth.login(
      { email: user.email, password: TEST_PASSWORD },
      meta('192.0.2.60'),
      first.deviceCookie,
    );
    expect(await outcome(known)).toBe('ok');
    // A cookie signed for another account is not a known device here.
    const other = await createTestUser(database.db, orgId);
    const forged = auth.login(
      { email: user.email, password: TEST_PASSWORD },
      meta('192.0.2.60'),
      (await auth.login({ email: other.email, password: TEST_PASSWORD }, meta('192.0.2.61'))).deviceCookie,
    );
    expect(await outcome(forged)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('keeps a hotel behind one NAT signing in after many failures across its staff', async () => {
    const ip = '192.0.2.99';
    for (let i = 0; i < 30; i++) {
      const colleague = `colleague-${i}@throttle.test`;
      await outcome(auth.login({ email: colleague, password: 'wrong-guess' }, meta(ip)));
    }
    const user = await createTestUser(database.db, orgId);
    expect(await outcome(auth.login({ email: user.email, password: TEST_PASSWORD }, meta(ip)))).toBe('ok');
  });

  it('tells how long to wait', async () => {
    const user = await createTestUser(database.db, orgId);
    for (let i = 0; i < 5; i++)
      await outcome(auth.login({ email: user.email, password: 'wrong-guess' }, meta('198.51.100.9')));
    const error = await auth
      .login({ email: user.email, password: TEST_PASSWORD }, meta('198.51.100.9'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Too many attempts, try again in \d+ seconds\.$/);
    expect((error as AppError).details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });
});
