import type { Conversation } from '@stayzr/db';
import {
  createTestConversation,
  createTestInvitation,
  createTestOrganization,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
} from '@stayzr/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';
import { waitFor } from './testing/wait-for.js';

/** Issue 13 item 9: the hotel sees what the platform team did as "Stayzr support", in threads and its audit log. */
describe('who did it', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let base: string;
  let aurora: { id: string };
  let seaside: { id: string };
  let superAdmin: { id: string; email: string };
  let auroraAdmin: TrpcSession;
  let auroraAdminUser: { id: string; name: string; email: string };
  let auroraStaff: TrpcSession;
  let seasideAdmin: TrpcSession;
  let conversation: Conversation;
  let seasideConversation: Conversation;

  beforeAll(async () => {
    ({ database, base } = harness);
    aurora = await createTestOrganization(database.db, { name: 'Hotel Aurora W' });
    seaside = await createTestOrganization(database.db, { name: 'Seaside Inn W' });
    superAdmin = await createTestUser(database.db, null, { role: 'SUPER_ADMIN', name: 'Petra Platform' });
    auroraAdminUser = await createTestUser(database.db, aurora.id, {
      role: 'ORG_ADMIN',
      name: 'Mara Manager',
    });
    const staff = await createTestUser(database.db, aurora.id, { role: 'STAFF' });
    const seasideManager = await createTestUser(database.db, seaside.id, { role: 'ORG_ADMIN' });
    conversation = await createTestConversation(database.db, aurora.id);
    seasideConversation = await createTestConversation(database.db, seaside.id);
    auroraAdmin = await TrpcSession.signIn(base, auroraAdminUser.email, TEST_PASSWORD);
    auroraStaff = await TrpcSession.signIn(base, staff.email, TEST_PASSWORD);
    seasideAdmin = await TrpcSession.signIn(base, seasideManager.email, TEST_PASSWORD);
  });

  async function switchedIntoAurora(): Promise<TrpcSession> {
    const session = await TrpcSession.signIn(base, superAdmin.email, TEST_PASSWORD);
    await session.client.platform.switchOrganization.mutate({ organizationId: aurora.id });
    return session;
  }

  it('a note by a switched-in super admin shows to the hotel as Stayzr support, never by name or id', async () => {
    const platform = await switchedIntoAurora();
    const written = await platform.client.messages.send.mutate({
      conversationId: conversation.id,
      body: 'Checked the Twilio logs for you',
      isPrivateNote: true,
    });
    expect(written.sender).toEqual({ kind: 'platform', name: 'Stayzr support' });
    await auroraAdmin.client.messages.send.mutate({
      conversationId: conversation.id,
      body: 'Thanks, support!',
      isPrivateNote: true,
    });

    const thread = await auroraAdmin.client.messages.list.query({ conversationId: conversation.id });
    const byBody = new Map(thread.items.map((message) => [message.body, message]));
    expect(byBody.get('Checked the Twilio logs for you')?.sender).toEqual({
      kind: 'platform',
      name: 'Stayzr support',
    });
    expect(byBody.get('Thanks, support!')?.sender).toEqual({
      kind: 'staff',
      id: auroraAdminUser.id,
      name: 'Mara Manager',
    });
    expect(JSON.stringify(thread)).not.toContain(superAdmin.id);
    expect(JSON.stringify(thread)).not.toContain('Petra Platform');

    // The platform keeps the real author.
    const row = await database.db.withPlatform((tx) =>
      tx.message.findUniqueOrThrow({ where: { id: written.id } }),
    );
    expect(row).toMatchObject({ senderUserId: superAdmin.id, sentByPlatform: true, senderType: 'staff' });
  });

  it("gives the hotel's admins their audit log: readable actors, links to what was touched, no platform detail", async () => {
    const platform = await switchedIntoAurora();
    await platform.client.messages.send.mutate({
      conversationId: conversation.id,
      body: 'Second look',
      isPrivateNote: true,
    });
    await auroraAdmin.client.conversations.assign.mutate({
      conversationId: conversation.id,
      assigneeId: auroraAdminUser.id,
    });

    const { items } = await auroraAdmin.client.audit.list.query({ limit: 200 });
    const note = items.find((entry) => entry.action === 'message.note_added');
    expect(note).toMatchObject({
      actor: { kind: 'platform', name: 'Stayzr support' },
      target: {
        type: 'conversation',
        id: conversation.id,
        label: expect.stringMatching(/^#\d+/),
        conversationStatus: 'open',
      },
      ip: null,
      metadata: null,
    });
    // One line per action: the procedure chain's generic row is covered by the service's.
    expect(items.some((entry) => entry.action === 'impersonated.messages.send')).toBe(false);
    expect(items.find((entry) => entry.action === 'platform.organization_switched')).toMatchObject({
      actor: { kind: 'platform' },
      ip: null,
    });
    const assigned = items.find((entry) => entry.action === 'conversation.assigned');
    expect(assigned).toMatchObject({
      actor: { kind: 'user', id: auroraAdminUser.id, name: 'Mara Manager', email: auroraAdminUser.email },
      target: { type: 'conversation', id: conversation.id },
    });
    expect(assigned?.ip).toBeTruthy();
    const text = JSON.stringify(items);
    expect(text).not.toContain(superAdmin.id);
    expect(text).not.toContain(superAdmin.email);
  });

  it("never shows probes of other organizations' ids, nor another organization's rows", async () => {
    const probe = await expectTrpcError(
      auroraAdmin.client.conversations.get.query({ conversationId: seasideConversation.id }),
    );
    expect(probe.code).toBe('NOT_FOUND');
    // The probe is recorded after the answer (off the request path): wait for its row.
    await waitFor(
      async () =>
        (await database.db.withPlatform((tx) =>
          tx.auditLog.count({ where: { organizationId: aurora.id, action: 'cross_tenant_denied' } }),
        )) > 0,
      5_000,
      'the cross_tenant_denied row',
    );

    const aurorasView = JSON.stringify((await auroraAdmin.client.audit.list.query({ limit: 200 })).items);
    expect(aurorasView).not.toContain('cross_tenant_denied');
    expect(aurorasView).not.toContain(seaside.id);
    expect(aurorasView).not.toContain(seasideConversation.id);

    const seasidesView = await seasideAdmin.client.audit.list.query({ limit: 200 });
    expect(JSON.stringify(seasidesView.items)).not.toContain(conversation.id);
    expect(seasidesView.items.some((entry) => entry.action === 'message.note_added')).toBe(false);
  });

  it('is for org admins only', async () => {
    expect((await expectTrpcError(auroraStaff.client.audit.list.query({ limit: 10 }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('pages newest first with a keyset cursor, each entry once', async () => {
    const all = (await auroraAdmin.client.audit.list.query({ limit: 200 })).items.map((entry) => entry.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await auroraAdmin.client.audit.list.query({ limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
  });

  it('counts users the same way on the team page, the plan page and the platform list', async () => {
    await createTestUser(database.db, aurora.id, { status: 'disabled' });
    await createTestInvitation(database.db, aurora.id);
    await createTestInvitation(database.db, aurora.id, { expiresAt: new Date(Date.now() - 60_000) });
    await createTestInvitation(database.db, aurora.id, { revokedAt: new Date() });

    const active = (await auroraAdmin.client.team.list.query()).filter(
      (member) => member.status === 'active',
    );
    const usage = await auroraAdmin.client.subscription.usage.query();
    const users = usage.metrics.find((metric) => metric.metric === 'users')?.used;
    const platform = await TrpcSession.signIn(base, superAdmin.email, TEST_PASSWORD);
    const listed = (await platform.client.platform.organizations.list.query()).find(
      (org) => org.id === aurora.id,
    );
    const overview = (await platform.client.platform.usageOverview.query()).find(
      (org) => org.organizationId === aurora.id,
    );

    // Active members (admin and staff) plus the one pending invitation; not the disabled member, the
    // expired or revoked invitations, nor the super admin who worked in the hotel.
    expect(active).toHaveLength(2);
    expect(users).toBe(3);
    expect(listed?.counts.users).toBe(3);
    expect(overview?.usage.users.used).toBe(3);
  });
});
