import { createTestOrganization, createTestUser, type TestDatabase } from '@stayzr/db/testing';
import { sha256Hex } from '@stayzr/shared/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';

const INBOX = { status: 'open', assignee: 'all', limit: 25 } as const;

/** Sessions are looked up on every request, uncached: a revocation applies to the very next one. */
describe('session revocation takes effect on the next request', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let base: string;
  let orgId: string;

  beforeAll(async () => {
    ({ database, base } = harness);
    orgId = (await createTestOrganization(database.db, { name: 'Hotel Revocation' })).id;
  });

  it('logging out in one tab signs out every other tab holding the same cookie', async () => {
    const user = await createTestUser(database.db, orgId);
    const tab = await harness.signIn(user.email);
    const otherTab = new TrpcSession(base);
    otherTab.cookie = tab.cookie;
    expect((await otherTab.client.conversations.list.query(INBOX)).items).toEqual([]);
    await tab.client.auth.logout.mutate();
    expect(await expectTrpcError(otherTab.client.conversations.list.query(INBOX))).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
  });

  it('a session ended by another process (worker cleanup, another server) is refused at once', async () => {
    const user = await createTestUser(database.db, orgId);
    const session = await harness.signIn(user.email);
    expect(await session.client.auth.me.query()).not.toBeNull();
    await database.db.client.session.deleteMany({ where: { tokenHash: sha256Hex(session.token!) } });
    expect((await expectTrpcError(session.client.conversations.list.query(INBOX))).code).toBe('UNAUTHORIZED');
  });

  it('a user deactivated by another process is refused at once', async () => {
    const user = await createTestUser(database.db, orgId);
    const session = await harness.signIn(user.email);
    await session.client.conversations.list.query(INBOX);
    await database.db.withPlatform((tx) =>
      tx.user.update({ where: { id: user.id }, data: { status: 'disabled' } }),
    );
    expect((await expectTrpcError(session.client.conversations.list.query(INBOX))).code).toBe('UNAUTHORIZED');
    expect(await database.db.client.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('a demoted admin loses admin rights on the next request, and keeps the inbox', async () => {
    const demoted = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    const other = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    const session = await harness.signIn(demoted.email);
    const otherSession = await harness.signIn(other.email);
    await session.client.team.invitations.query();
    await otherSession.client.team.changeRole.mutate({ userId: demoted.id, role: 'STAFF' });
    expect(await expectTrpcError(session.client.team.invitations.query())).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await session.client.auth.me.query())?.role).toBe('STAFF');
    expect((await session.client.conversations.list.query(INBOX)).items).toEqual([]);
  });
});
