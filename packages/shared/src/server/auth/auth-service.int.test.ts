import { createDb, type Database } from '@stayzr/db';
import {
  createTestDatabase,
  createTestOrganization,
  createTestSession,
  createTestUser,
  type TestDatabase,
  testRedisPrefix,
  unscopedPool,
} from '@stayzr/db/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../infra/logger.js';
import { createRedis, type Redis } from '../infra/redis.js';
import { AuthService } from './auth-service.js';
import { LoginThrottle } from './login-throttle.js';

describe('AuthService.resolveSession', () => {
  let database: TestDatabase;
  let redis: Redis;
  let auth: AuthService;
  let orgId: string;

  const authOn = (db: Database) =>
    new AuthService({
      db,
      logger: createLogger({ name: 'test', level: 'silent' }),
      throttle: new LoginThrottle(redis, testRedisPrefix(), 'test-device-secret-0123456789'),
    });
  const sessionRow = (id: string) => database.db.client.session.findUnique({ where: { id } });

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    auth = authOn(database.db);
    orgId = (await createTestOrganization(database.db, { name: 'Hotel Sessions', slug: 'hotel-sessions' }))
      .id;
  });
  afterAll(async () => {
    redis?.disconnect();
    await database?.drop();
  });

  it('resolves user, organization and the exact expiry of a session', async () => {
    const user = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN', dataScope: 'all' });
    const expiresAt = new Date(Date.now() + 3 * 24 * 3_600_000 + 123);
    const created = await createTestSession(database.db, user, { expiresAt });
    const session = await auth.resolveSession(created.token);
    expect(session).toEqual({
      sessionId: created.id,
      expiresAt,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: 'ORG_ADMIN',
        dataScope: 'all',
        organizationId: orgId,
      },
      organization: {
        id: orgId,
        name: 'Hotel Sessions',
        slug: 'hotel-sessions',
        plan: 'professional',
        status: 'active',
      },
      impersonating: false,
    });
  });

  it('knows nothing of unknown, empty or oversized tokens', async () => {
    expect(await auth.resolveSession('no-such-token')).toBeNull();
    expect(await auth.resolveSession("'; select pg_sleep(1); --")).toBeNull();
    expect(await auth.resolveSession('')).toBeNull();
    expect(await auth.resolveSession(undefined)).toBeNull();
    expect(await auth.resolveSession('x'.repeat(201))).toBeNull();
  });

  it('puts a super admin in the organization they switched into, and only a super admin', async () => {
    const superAdmin = await createTestUser(database.db, null);
    const outside = await createTestSession(database.db, superAdmin);
    expect(await auth.resolveSession(outside.token)).toMatchObject({
      user: { role: 'SUPER_ADMIN', organizationId: null },
      organization: null,
      impersonating: false,
    });
    const inside = await createTestSession(database.db, superAdmin, { activeOrganizationId: orgId });
    expect(await auth.resolveSession(inside.token)).toMatchObject({
      organization: { id: orgId, name: 'Hotel Sessions' },
      impersonating: true,
    });
    // An org user's session can never carry them into another organization.
    const other = await createTestOrganization(database.db);
    const staff = await createTestUser(database.db, orgId);
    const stray = await createTestSession(database.db, staff, { activeOrganizationId: other.id });
    expect(await auth.resolveSession(stray.token)).toMatchObject({
      organization: { id: orgId },
      impersonating: false,
    });
  });

  it('applies a revocation made elsewhere to the very next lookup (nothing is cached)', async () => {
    const user = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    const created = await createTestSession(database.db, user);
    expect((await auth.resolveSession(created.token))?.user.role).toBe('ORG_ADMIN');

    // Another process changes the role and the data scope: seen at once.
    await database.db.withPlatform((tx) =>
      tx.user.update({ where: { id: user.id }, data: { role: 'STAFF', dataScope: 'own' } }),
    );
    expect((await auth.resolveSession(created.token))?.user).toMatchObject({
      role: 'STAFF',
      dataScope: 'own',
    });

    // Another process deactivates the user: refused, and the session is gone.
    await database.db.withPlatform((tx) =>
      tx.user.update({ where: { id: user.id }, data: { status: 'disabled' } }),
    );
    expect(await auth.resolveSession(created.token)).toBeNull();
    expect(await sessionRow(created.id)).toBeNull();

    // Another process ends the session (logout in another tab, password change, session cleanup).
    const second = await createTestUser(database.db, orgId);
    const ended = await createTestSession(database.db, second);
    expect(await auth.resolveSession(ended.token)).not.toBeNull();
    await database.db.client.session.delete({ where: { id: ended.id } });
    expect(await auth.resolveSession(ended.token)).toBeNull();
  });

  it('refuses sessions of a suspended organization and removes them', async () => {
    const org = await createTestOrganization(database.db);
    const user = await createTestUser(database.db, org.id);
    const created = await createTestSession(database.db, user);
    expect(await auth.resolveSession(created.token)).not.toBeNull();
    await database.db.withPlatform((tx) =>
      tx.organization.update({ where: { id: org.id }, data: { status: 'suspended' } }),
    );
    expect(await auth.resolveSession(created.token)).toBeNull();
    expect(await sessionRow(created.id)).toBeNull();
  });

  it('renews a session at most every few minutes, not on every request', async () => {
    const user = await createTestUser(database.db, orgId);
    const fresh = await createTestSession(database.db, user);
    await auth.resolveSession(fresh.token);
    await auth.resolveSession(fresh.token);
    expect((await sessionRow(fresh.id))?.lastSeenAt).toEqual(fresh.lastSeenAt);
    expect((await sessionRow(fresh.id))?.expiresAt).toEqual(fresh.expiresAt);

    const idle = await createTestSession(database.db, user, {
      lastSeenAt: new Date(Date.now() - 10 * 60_000),
      expiresAt: new Date(Date.now() + 60_000),
    });
    const renewed = await auth.resolveSession(idle.token);
    const row = await sessionRow(idle.id);
    expect(row?.expiresAt).toEqual(renewed?.expiresAt);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
    expect(row!.lastSeenAt.getTime()).toBeGreaterThan(idle.lastSeenAt.getTime());
  });

  it('reads as the platform role on a connection whose own role is under row-level security, and leaves nothing behind', async () => {
    // One connection whose session-level role is the tenant role: users and organizations are invisible
    // to it and sessions forbidden, so only the lookup's own transaction-local switch can find the row.
    const db = createDb({ connectionString: database.url, max: 1 });
    unscopedPool(db).on('connect', (client: pg.PoolClient) => {
      void client.query('set role stayzr_app');
    });
    try {
      const user = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
      const created = await createTestSession(database.db, user);
      expect((await authOn(db).resolveSession(created.token))?.organization?.id).toBe(orgId);
      const { rows } = await unscopedPool(db).query<{ role: string; org: string | null }>(
        "select current_user as role, nullif(current_setting('app.organization_id', true), '') as org",
      );
      expect(rows[0]).toEqual({ role: 'stayzr_app', org: null });
    } finally {
      await db.close();
    }
  });
});
