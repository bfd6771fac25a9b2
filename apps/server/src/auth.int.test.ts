import {
  createTestInvitation,
  createTestOrganization,
  createTestSession,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import { sha256Hex } from '@stayzr/shared/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, useServerHarness } from './testing/harness.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('authentication and sessions', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let base: string;
  let orgId: string;
  let adminEmail: string;

  beforeAll(async () => {
    ({ database, base } = harness);
    const org = await createTestOrganization(database.db, { name: 'Hotel Auth' });
    orgId = org.id;
    const admin = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    adminEmail = admin.email;
  });

  it('signs in with an HttpOnly SameSite=Lax cookie and stores only the token hash', async () => {
    const session = await harness.signIn(adminEmail);
    expect(session.lastSetCookie).toMatch(/HttpOnly/i);
    expect(session.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect(session.lastSetCookie).not.toMatch(/Secure/i);
    const me = await session.client.auth.me.query();
    expect(me).toMatchObject({
      email: adminEmail,
      role: 'ORG_ADMIN',
      organization: { id: orgId, name: 'Hotel Auth' },
    });
    const token = session.token!;
    const stored = await database.db.client.session.findMany({ where: { tokenHash: sha256Hex(token) } });
    expect(stored).toHaveLength(1);
    expect(await database.db.client.session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it('marks the cookies Secure when served over HTTPS behind a trusted proxy, whatever PUBLIC_URL says', async () => {
    const proxied = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_URL,
      REDIS_PREFIX: testRedisPrefix(),
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'http://hotel.example',
    });
    try {
      const signIn = (proto: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/trpc/auth.login',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto },
          payload: { json: { email: adminEmail, password: TEST_PASSWORD } },
        });
      const https = await signIn('https');
      expect(https.statusCode).toBe(200);
      const cookies = ([] as string[]).concat(https.headers['set-cookie'] ?? []);
      expect(cookies.find((cookie) => cookie.startsWith('stayzr_session='))).toMatch(/;\s*Secure/i);
      expect(cookies.find((cookie) => cookie.startsWith('stayzr_device='))).toMatch(/;\s*Secure/i);
      const http = await signIn('http');
      expect(([] as string[]).concat(http.headers['set-cookie'] ?? []).join('\n')).not.toMatch(/Secure/i);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({ email: adminEmail, password: 'not-the-password' }),
    );
    const unknown = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({
        email: 'nobody@nowhere.test',
        password: 'not-the-password',
      }),
    );
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'INVALID_CREDENTIALS' });
    expect(unknown).toEqual(wrong);
    expect(wrong.message).toBe('The email or password is incorrect.');
  });

  it('throttles repeated failures for an account, even with the right password afterwards', async () => {
    const user = await createTestUser(database.db, orgId);
    for (let attempt = 0; attempt < 5; attempt++) {
      await expectTrpcError(
        new TrpcSession(base).client.auth.login.mutate({ email: user.email, password: 'guess-guess-guess' }),
      );
    }
    const blocked = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({ email: user.email, password: TEST_PASSWORD }),
    );
    expect(blocked).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'TOO_MANY_ATTEMPTS' });
    expect(Number(blocked.details?.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it('refuses disabled users and suspended organizations with a clear message', async () => {
    const disabled = await createTestUser(database.db, orgId, { status: 'disabled' });
    const error = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({ email: disabled.email, password: TEST_PASSWORD }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', appCode: 'ACCOUNT_DISABLED' });

    const suspendedOrg = await createTestOrganization(database.db, {
      name: 'Closed Hotel',
      status: 'suspended',
    });
    const member = await createTestUser(database.db, suspendedOrg.id);
    const suspended = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({ email: member.email, password: TEST_PASSWORD }),
    );
    expect(suspended).toMatchObject({ code: 'FORBIDDEN', appCode: 'ORGANIZATION_SUSPENDED' });
    expect(suspended.message).toContain('Closed Hotel');
  });

  it('treats a missing or forged cookie as signed out', async () => {
    const anonymous = new TrpcSession(base);
    expect(await anonymous.client.auth.me.query()).toBeNull();
    expect(await expectTrpcError(anonymous.client.team.list.query())).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
    const forged = new TrpcSession(base);
    forged.cookie = 'stayzr_session=forged-token-value-that-matches-nothing';
    expect(await forged.client.auth.me.query()).toBeNull();
    expect((await expectTrpcError(forged.client.team.list.query())).code).toBe('UNAUTHORIZED');
  });

  it('ends expired sessions', async () => {
    const user = await createTestUser(database.db, orgId);
    const expired = await createTestSession(database.db, user, { expiresAt: new Date(Date.now() - 1000) });
    const session = new TrpcSession(base);
    session.cookie = `stayzr_session=${expired.token}`;
    expect(await session.client.auth.me.query()).toBeNull();
    expect(await database.db.client.session.count({ where: { id: expired.id } })).toBe(0);
  });

  it('slides a session forward when it is used', async () => {
    const user = await createTestUser(database.db, orgId);
    const soon = new Date(Date.now() + 60_000);
    const created = await createTestSession(database.db, user, {
      expiresAt: soon,
      lastSeenAt: new Date(Date.now() - 3_600_000),
    });
    const session = new TrpcSession(base);
    session.cookie = `stayzr_session=${created.token}`;
    expect(await session.client.auth.me.query()).not.toBeNull();
    const renewed = await database.db.client.session.findUniqueOrThrow({ where: { id: created.id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(soon.getTime() + 24 * 3_600_000);
  });

  it('logs out: the session row is gone and the cookie cleared', async () => {
    const session = await harness.signIn(adminEmail);
    const token = session.token!;
    await session.client.auth.logout.mutate();
    expect(session.cookie).toBeNull();
    expect(await database.db.client.session.count({ where: { tokenHash: sha256Hex(token) } })).toBe(0);
  });

  it('changes the password, ending the other sessions only', async () => {
    const user = await createTestUser(database.db, orgId);
    const laptop = await harness.signIn(user.email);
    const phone = await harness.signIn(user.email);
    const tooShort = await expectTrpcError(
      laptop.client.auth.changePassword.mutate({
        currentPassword: TEST_PASSWORD,
        newPassword: '11-chars-ok',
      }),
    );
    expect(tooShort).toMatchObject({ code: 'BAD_REQUEST' });
    expect(tooShort.fieldErrors?.newPassword?.[0]).toMatch(/at least 12/);
    const wrongCurrent = await expectTrpcError(
      laptop.client.auth.changePassword.mutate({
        currentPassword: 'wrong-current-pw',
        newPassword: 'a brand new passphrase',
      }),
    );
    expect(wrongCurrent.appCode).toBe('INVALID_CREDENTIALS');
    const result = await laptop.client.auth.changePassword.mutate({
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(result.otherSessionsEnded).toBe(1);
    expect(await laptop.client.auth.me.query()).not.toBeNull();
    expect(await phone.client.auth.me.query()).toBeNull();
    await TrpcSession.signIn(base, user.email, 'a brand new passphrase');
  });

  it('accepts an invitation once: account created, signed in, link then dead', async () => {
    const invitation = await createTestInvitation(database.db, orgId, {
      email: 'new.hire@hotel-auth.test',
      role: 'STAFF',
    });
    const visitor = new TrpcSession(base);
    expect(await visitor.client.auth.invitationInfo.query({ token: invitation.token })).toEqual({
      email: 'new.hire@hotel-auth.test',
      role: 'STAFF',
      organizationName: 'Hotel Auth',
    });
    const weak = await expectTrpcError(
      visitor.client.auth.acceptInvitation.mutate({
        token: invitation.token,
        name: 'New Hire',
        password: 'short-pass1',
      }),
    );
    expect(weak.code).toBe('BAD_REQUEST');
    const me = await visitor.client.auth.acceptInvitation.mutate({
      token: invitation.token,
      name: 'New Hire',
      password: 'welcome to the front desk',
    });
    expect(me).toMatchObject({
      email: 'new.hire@hotel-auth.test',
      role: 'STAFF',
      organization: { id: orgId },
    });
    expect(await visitor.client.auth.me.query()).toMatchObject({ name: 'New Hire' });
    const reused = await expectTrpcError(
      new TrpcSession(base).client.auth.acceptInvitation.mutate({
        token: invitation.token,
        name: 'Someone Else',
        password: 'another long password',
      }),
    );
    expect(reused).toMatchObject({
      appCode: 'INVITATION_INVALID',
      message: 'This invitation has already been used.',
    });
  });

  it('refuses an expired invitation', async () => {
    const invitation = await createTestInvitation(database.db, orgId, {
      expiresAt: new Date(Date.now() - 1000),
    });
    const error = await expectTrpcError(
      new TrpcSession(base).client.auth.acceptInvitation.mutate({
        token: invitation.token,
        name: 'Late',
        password: 'a long enough password',
      }),
    );
    expect(error).toMatchObject({ appCode: 'INVITATION_INVALID' });
    expect(error.message).toMatch(/expired/);
    expect(
      await database.db.withPlatform((tx) => tx.user.count({ where: { email: invitation.email } })),
    ).toBe(0);
  });

  it('returns no stack traces or SQL in errors', async () => {
    const response = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'x', password: 1 } }),
    });
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body).not.toMatch(/stack|\.ts:\d+|prisma|select /i);
  });
});
