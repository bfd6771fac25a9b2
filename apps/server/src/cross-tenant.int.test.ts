import {
  createTestCannedResponse,
  createTestConversation,
  createTestGuest,
  createTestInvitation,
  createTestKnowledgeArticle,
  createTestMessage,
  createTestNotification,
  createTestOrganization,
  createTestStay,
  createTestUser,
  type TestDatabase,
  unscopedPool,
} from '@stayzr/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { useServerHarness } from './testing/harness.js';
import { expectTrpcError, type TrpcSession } from './testing/trpc-session.js';
import { waitFor } from './testing/wait-for.js';

/** Ids that belong to organization A; every probe is made by organization B's users. */
interface OrgAIds {
  orgId: string;
  adminId: string;
  staffId: string;
  invitationId: string;
  guestId: string;
  stayId: string;
  conversationId: string;
  messageId: string;
  failedMessageId: string;
  channelAccountId: string;
  notificationId: string;
  cannedResponseId: string;
  articleId: string;
  suggestionId: string;
  labelId: string;
  emails: string[];
}
type Client = TrpcSession['client'];

type Fixture =
  /** Reveals nothing tenant-specific (health, sign-in). */
  | { access: 'public' }
  /** Acts on the caller's own session or an invitation token the caller holds. */
  | { access: 'self' }
  /** Lists the caller's organization: must not contain anything of organization A. */
  | { access: 'org-list'; adminOnly: boolean; call: (client: Client) => Promise<unknown> }
  /** Takes an id: organization A's id must be NOT_FOUND, with no side effect. */
  | { access: 'org-id'; adminOnly: boolean; call: (client: Client, a: OrgAIds) => Promise<unknown> }
  /** Super admins only. */
  | { access: 'platform'; call: (client: Client, a: OrgAIds) => Promise<unknown> }
  /** SSE stream of the caller's organization: isolation tested in inbox-events.int.test.ts. */
  | { access: 'org-stream' };

/**
 * Every procedure of the app router must appear here: a new procedure without a fixture fails the
 * suite, so later features are covered by the cross-tenant checks automatically.
 */
const FIXTURES: Record<string, Fixture> = {
  'health.check': { access: 'public' },
  'auth.login': { access: 'public' },
  'auth.me': { access: 'self' },
  'auth.logout': { access: 'self' },
  'auth.changePassword': { access: 'self' },
  'auth.invitationInfo': { access: 'self' },
  'auth.acceptInvitation': { access: 'self' },
  // The caller's own row, keyed by the session: no input names a user (alert-settings.int.test.ts).
  'alerts.settings': { access: 'self' },
  'alerts.updateSettings': { access: 'self' },
  'audit.list': { access: 'org-list', adminOnly: true, call: (c) => c.audit.list.query({ limit: 200 }) },
  'team.list': { access: 'org-list', adminOnly: false, call: (c) => c.team.list.query() },
  'team.invitations': { access: 'org-list', adminOnly: true, call: (c) => c.team.invitations.query() },
  'team.invite': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.team.invite.mutate({ email: `probe-${Date.now()}@b.test`, role: 'STAFF' }),
  },
  'team.resendInvitation': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.resendInvitation.mutate({ invitationId: a.invitationId }),
  },
  'team.revokeInvitation': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.revokeInvitation.mutate({ invitationId: a.invitationId }),
  },
  'team.changeRole': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.changeRole.mutate({ userId: a.staffId, role: 'ORG_ADMIN' }),
  },
  'team.setDataScope': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.setDataScope.mutate({ userId: a.staffId, dataScope: 'own' }),
  },
  'team.deactivate': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.deactivate.mutate({ userId: a.adminId }),
  },
  'team.reactivate': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.team.reactivate.mutate({ userId: a.staffId }),
  },
  'guests.get': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.guests.get.query({ guestId: a.guestId }),
  },
  'guests.search': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.guests.search.query({ query: 'Probe' }),
  },
  'guests.update': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.guests.update.mutate({ guestId: a.guestId, name: 'Hijacked' }),
  },
  'guests.merge': {
    access: 'org-id',
    adminOnly: false,
    // Another id of the same shape; never the survivor's own (a uuid ends in 0 one time in 16).
    call: (c, a) =>
      c.guests.merge.mutate({
        survivorId: a.guestId,
        mergedId: a.guestId.replace(/.$/, (last) => (last === '0' ? '1' : '0')),
      }),
  },
  'stays.forGuest': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.stays.forGuest.query({ guestId: a.guestId }),
  },
  'stays.current': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.stays.current.query({ guestId: a.guestId }),
  },
  'stays.create': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.stays.create.mutate({ guestId: a.guestId, checkIn: '2030-01-01', checkOut: '2030-01-03' }),
  },
  'stays.update': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.stays.update.mutate({ stayId: a.stayId, room: '999' }),
  },
  'conversations.list': {
    access: 'org-list',
    adminOnly: false,
    call: async (c) => [
      await c.conversations.list.query({ status: 'open', assignee: 'all', limit: 100 }),
      await c.conversations.list.query({ status: 'open', assignee: 'all', search: 'Probe', limit: 100 }),
    ],
  },
  'conversations.counts': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.conversations.counts.query({ assignee: 'all' }),
  },
  'conversations.get': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.conversations.get.query({ conversationId: a.conversationId }),
  },
  'conversations.assign': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.conversations.assign.mutate({ conversationId: a.conversationId, assigneeId: null }),
  },
  'conversations.setStatus': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.conversations.setStatus.mutate({ conversationId: a.conversationId, status: 'resolved' }),
  },
  'conversations.bulkUpdate': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.conversations.bulkUpdate.mutate({
        conversationIds: [a.conversationId],
        status: 'resolved',
        assigneeId: null,
      }),
  },
  'conversations.addLabel': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.conversations.addLabel.mutate({ conversationId: a.conversationId, labelId: a.labelId }),
  },
  'conversations.removeLabel': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.conversations.removeLabel.mutate({ conversationId: a.conversationId, labelId: a.labelId }),
  },
  'labels.list': { access: 'org-list', adminOnly: false, call: (c) => c.labels.list.query() },
  'labels.create': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.labels.create.mutate({ name: `B ${Date.now()}`, color: 'teal' }),
  },
  'labels.update': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.labels.update.mutate({ labelId: a.labelId, name: 'Hijacked' }),
  },
  'labels.delete': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.labels.delete.mutate({ labelId: a.labelId }),
  },
  'conversations.markRead': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.conversations.markRead.mutate({ conversationId: a.conversationId }),
  },
  'conversations.typing': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.conversations.typing.mutate({ conversationId: a.conversationId }),
  },
  'messages.list': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.messages.list.query({ conversationId: a.conversationId }),
  },
  'messages.send': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.messages.send.mutate({ conversationId: a.conversationId, body: 'hello from B' }),
  },
  'messages.retry': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.messages.retry.mutate({ messageId: a.failedMessageId }),
  },
  'messages.resendVia': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.messages.resendVia.mutate({ messageId: a.failedMessageId, channelAccountId: a.channelAccountId }),
  },
  'inbox.events': { access: 'org-stream' },
  'cannedResponses.list': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.cannedResponses.list.query(),
  },
  'cannedResponses.create': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.cannedResponses.create.mutate({ shortcut: `b${Date.now()}`, title: 'B', body: 'B reply' }),
  },
  'cannedResponses.update': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.cannedResponses.update.mutate({ cannedResponseId: a.cannedResponseId, body: 'hijacked' }),
  },
  'cannedResponses.delete': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.cannedResponses.delete.mutate({ cannedResponseId: a.cannedResponseId }),
  },
  'knowledge.articles.list': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.knowledge.articles.list.query(),
  },
  'knowledge.articles.create': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.knowledge.articles.create.mutate({ title: 'B article', body: 'B body' }),
  },
  'knowledge.articles.update': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.knowledge.articles.update.mutate({ articleId: a.articleId, body: 'hijacked' }),
  },
  'knowledge.articles.delete': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.knowledge.articles.delete.mutate({ articleId: a.articleId }),
  },
  'knowledge.import': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.knowledge.import.mutate({ format: 'csv', content: 'question,answer\nB?,B answer' }),
  },
  'knowledge.facts.get': { access: 'org-list', adminOnly: false, call: (c) => c.knowledge.facts.get.query() },
  'knowledge.facts.update': {
    access: 'org-list',
    adminOnly: true,
    call: (c) =>
      c.knowledge.facts.update.mutate({
        checkInTime: '14:00',
        checkOutTime: null,
        address: null,
        wifiNetwork: 'B-net',
        wifiPassword: null,
        parking: null,
        breakfastHours: null,
      }),
  },
  // A's knowledge answers this question word for word; B's answer must not contain it.
  'knowledge.ask': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.knowledge.ask.mutate({ question: 'Probe knowledge of A: where is the secret?' }),
  },
  'knowledge.ai.settings': {
    access: 'org-list',
    adminOnly: false,
    call: (c) => c.knowledge.ai.settings.query(),
  },
  'knowledge.ai.updateSettings': {
    access: 'org-list',
    adminOnly: true,
    call: (c) =>
      c.knowledge.ai.updateSettings.mutate({ mode: 'suggest', provider: 'extractive', handoverTopics: [] }),
  },
  'knowledge.ai.conversation': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.knowledge.ai.conversation.query({ conversationId: a.conversationId }),
  },
  'knowledge.ai.setConversationMode': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) =>
      c.knowledge.ai.setConversationMode.mutate({ conversationId: a.conversationId, mode: 'auto' }),
  },
  'knowledge.ai.dismissSuggestion': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.knowledge.ai.dismissSuggestion.mutate({ suggestionId: a.suggestionId }),
  },
  'channels.list': { access: 'org-list', adminOnly: false, call: (c) => c.channels.list.query() },
  'channels.get': {
    access: 'org-id',
    adminOnly: false,
    call: (c, a) => c.channels.get.query({ channelAccountId: a.channelAccountId }),
  },
  'channels.connect': {
    access: 'org-list',
    adminOnly: true,
    call: (c) =>
      c.channels.connect.mutate({
        provider: 'twilio',
        name: 'B SMS',
        config: {
          accountSid: `AC${'b'.repeat(32)}`,
          authToken: 'b-auth-token',
          phoneNumber: `+1500555${String(Date.now()).slice(-4)}`,
        },
      }),
  },
  'channels.update': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) =>
      c.channels.update.mutate({
        provider: 'twilio',
        channelAccountId: a.channelAccountId,
        config: { authToken: 'stolen-token' },
      }),
  },
  'channels.test': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) =>
      c.channels.test.mutate({
        provider: 'twilio',
        channelAccountId: a.channelAccountId,
        to: '+447400123456',
      }),
  },
  'channels.disconnect': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.channels.disconnect.mutate({ channelAccountId: a.channelAccountId }),
  },
  'platform.organizations.list': { access: 'platform', call: (c) => c.platform.organizations.list.query() },
  'platform.organizations.create': {
    access: 'platform',
    call: (c) =>
      c.platform.organizations.create.mutate({
        name: 'Probe Hotel',
        slug: `probe-${Date.now()}`,
        adminEmail: `probe-admin-${Date.now()}@b.test`,
        timezone: 'UTC',
        country: 'US',
        plan: 'starter',
      }),
  },
  'platform.organizations.suspend': {
    access: 'platform',
    call: (c, a) => c.platform.organizations.suspend.mutate({ organizationId: a.orgId }),
  },
  'platform.organizations.reactivate': {
    access: 'platform',
    call: (c, a) => c.platform.organizations.reactivate.mutate({ organizationId: a.orgId }),
  },
  'platform.switchOrganization': {
    access: 'platform',
    call: (c, a) => c.platform.switchOrganization.mutate({ organizationId: a.orgId }),
  },
  'platform.exitOrganization': { access: 'platform', call: (c) => c.platform.exitOrganization.mutate() },
  'platform.auditLog': {
    access: 'platform',
    call: (c, a) => c.platform.auditLog.query({ organizationId: a.orgId, limit: 10 }),
  },
  'platform.subscriptions.set': {
    access: 'platform',
    call: (c, a) => c.platform.subscriptions.set.mutate({ organizationId: a.orgId, status: 'past_due' }),
  },
  'platform.usageOverview': { access: 'platform', call: (c) => c.platform.usageOverview.query() },
  'subscription.get': { access: 'org-list', adminOnly: false, call: (c) => c.subscription.get.query() },
  'subscription.usage': { access: 'org-list', adminOnly: false, call: (c) => c.subscription.usage.query() },
  'subscription.changePlan': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.subscription.changePlan.mutate({ plan: 'professional' }),
  },
  'subscription.requestChange': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.subscription.requestChange.mutate({ plan: 'enterprise' }),
  },
  'subscription.invoices': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.subscription.invoices.query(),
  },
  'notifications.list': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.notifications.list.query({ limit: 100 }),
  },
  'notifications.markRead': {
    access: 'org-id',
    adminOnly: true,
    call: (c, a) => c.notifications.markRead.mutate({ notificationId: a.notificationId }),
  },
  'notifications.markAllRead': {
    access: 'org-list',
    adminOnly: true,
    call: (c) => c.notifications.markAllRead.mutate(),
  },
};

const procedurePaths = Object.keys(
  (appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures,
).sort();

describe('cross-tenant isolation of every procedure', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let a: OrgAIds;
  let adminB: TrpcSession;
  let staffB: TrpcSession;
  let orgBId: string;

  /** Organization A as seen from the platform role: must not change under B's probes. */
  const snapshotOfA = () =>
    database.db.withPlatform(async (tx) =>
      JSON.stringify([
        await tx.organization.findUnique({ where: { id: a.orgId } }),
        await tx.user.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.invitation.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.guest.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.stay.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.channelAccount.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.conversation.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.conversationRead.findMany({ where: { organizationId: a.orgId } }),
        await tx.message.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.cannedResponse.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.label.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.conversationLabel.findMany({
          where: { organizationId: a.orgId },
          orderBy: { labelId: 'asc' },
        }),
        await tx.notification.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.usageCounter.findMany({ where: { organizationId: a.orgId } }),
        await tx.knowledgeArticle.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.hotelFacts.findMany({ where: { organizationId: a.orgId } }),
        await tx.aiReply.findMany({ where: { organizationId: a.orgId }, orderBy: { id: 'asc' } }),
        await tx.userAlertSettings.findMany({ where: { organizationId: a.orgId } }),
      ]),
    );

  beforeAll(async () => {
    database = harness.database;
    const orgA = await createTestOrganization(database.db, { name: 'Hotel A' });
    const orgB = await createTestOrganization(database.db, { name: 'Hotel B' });
    const adminA = await createTestUser(database.db, orgA.id, { role: 'ORG_ADMIN' });
    const staffA = await createTestUser(database.db, orgA.id, { role: 'STAFF', status: 'disabled' });
    const invitationA = await createTestInvitation(database.db, orgA.id);
    const guestA = await createTestGuest(database.db, orgA.id, {
      name: 'Probe Guest A',
      email: 'probe.a@guest.test',
    });
    const stayA = await createTestStay(database.db, orgA.id, { guestId: guestA.id });
    const conversationA = await createTestConversation(database.db, orgA.id, { guestId: guestA.id });
    const messageA = await createTestMessage(database.db, conversationA, { body: 'Probe message of A' });
    const failedA = await createTestMessage(database.db, conversationA, {
      direction: 'outbound',
      senderType: 'staff',
      status: 'failed',
      body: 'Probe failed reply',
    });
    a = {
      orgId: orgA.id,
      adminId: adminA.id,
      staffId: staffA.id,
      invitationId: invitationA.id,
      guestId: guestA.id,
      stayId: stayA.id,
      conversationId: conversationA.id,
      messageId: messageA.id,
      failedMessageId: failedA.id,
      channelAccountId: conversationA.channelAccountId,
      notificationId: (
        await createTestNotification(database.db, orgA.id, { title: 'Probe notification of A' })
      ).id,
      cannedResponseId: (await createTestCannedResponse(database.db, orgA.id)).id,
      articleId: (
        await createTestKnowledgeArticle(database.db, orgA.id, {
          title: 'Probe knowledge of A',
          body: 'Probe knowledge of A: the secret is in room 204.',
        })
      ).id,
      suggestionId: await database.db.withTenant(orgA.id, async (tx) => {
        await tx.hotelFacts.create({ data: { organizationId: orgA.id, wifiPassword: 'probe-secret-of-a' } });
        const row = await tx.aiReply.create({
          data: {
            organizationId: orgA.id,
            conversationId: conversationA.id,
            inboundMessageId: messageA.id,
            outcome: 'suggested',
            mode: 'suggest',
            provider: 'extractive',
            draft: 'Probe suggestion of A',
          },
        });
        return row.id;
      }),
      labelId: await database.db.withPlatform(async (tx) => {
        const label = await tx.label.create({
          data: { organizationId: orgA.id, name: 'Probe label of A', color: 'red' },
        });
        await tx.conversationLabel.create({
          data: { organizationId: orgA.id, conversationId: conversationA.id, labelId: label.id },
        });
        return label.id;
      }),
      emails: [adminA.email, staffA.email, invitationA.email, 'probe.a@guest.test'],
    };
    // B has a guest matching the same search words, so searches return something to inspect.
    await createTestConversation(database.db, orgB.id, {
      guestId: (await createTestGuest(database.db, orgB.id, { name: 'Probe Guest B' })).id,
    });
    orgBId = orgB.id;
    const adminUserB = await createTestUser(database.db, orgB.id, { role: 'ORG_ADMIN' });
    const staffUserB = await createTestUser(database.db, orgB.id, { role: 'STAFF' });
    adminB = await harness.signIn(adminUserB.email);
    staffB = await harness.signIn(staffUserB.email);
  });

  it('a foreign id answers NOT_FOUND without waiting for its audit row, which is still written after', async () => {
    const denials = () =>
      database.db.withPlatform((tx) =>
        tx.auditLog.count({ where: { action: 'cross_tenant_denied', targetId: a.conversationId } }),
      );
    const before = await denials();
    // A slow audit writer: inserts into audit_logs wait until this transaction ends; reads do not.
    const locker = await unscopedPool(database.db).connect();
    await locker.query('begin');
    await locker.query('lock table audit_logs in exclusive mode');
    let answer: unknown;
    try {
      answer = await Promise.race([
        expectTrpcError(adminB.client.conversations.get.query({ conversationId: a.conversationId })),
        new Promise((resolve) => setTimeout(() => resolve('the answer waited for the audit write'), 2_000)),
      ]);
      expect(await denials()).toBe(before);
    } finally {
      await locker.query('rollback');
      locker.release();
    }
    expect(answer).toMatchObject({ code: 'NOT_FOUND', appCode: 'NOT_FOUND' });
    await waitFor(async () => (await denials()) === before + 1, 5_000, 'the cross_tenant_denied row');
  });

  it("a hotel's own audit log does not show its probes of other hotels' ids (whether a row appears would tell)", async () => {
    const foreign = await expectTrpcError(adminB.client.guests.get.query({ guestId: a.guestId }));
    const random = await expectTrpcError(
      adminB.client.guests.get.query({ guestId: '01a25153-0000-7000-8000-000000000000' }),
    );
    expect(foreign).toEqual(random);
    await waitFor(
      () =>
        database.db.withPlatform((tx) =>
          tx.auditLog.count({ where: { action: 'cross_tenant_denied', targetId: a.guestId } }),
        ),
      5_000,
      'the platform’s cross_tenant_denied row',
    );
    const own = await adminB.client.audit.list.query({ limit: 200 });
    expect(own.items.filter((row) => row.action === 'cross_tenant_denied')).toEqual([]);
    expect(JSON.stringify(own)).not.toContain(a.orgId);
  });

  it('has a fixture for every procedure of the app router', () => {
    const missing = procedurePaths.filter((path) => !FIXTURES[path]);
    expect(missing, `add these procedures to FIXTURES in ${import.meta.url}`).toEqual([]);
    expect(Object.keys(FIXTURES).filter((path) => !procedurePaths.includes(path))).toEqual([]);
  });

  for (const path of Object.keys(FIXTURES)) {
    const fixture = FIXTURES[path]!;
    if (fixture.access === 'org-id') {
      it(`${path}: organization A's id is NOT_FOUND for B's admin, changes nothing, and is audited`, async () => {
        const before = await snapshotOfA();
        const error = await expectTrpcError(fixture.call(adminB.client, a));
        expect(error).toMatchObject({ code: 'NOT_FOUND', appCode: 'NOT_FOUND' });
        expect(await snapshotOfA()).toBe(before);
        // Written after the answer (see the probe test below), so waited for.
        await waitFor(
          () =>
            database.db.withTenant(orgBId, (tx) =>
              tx.auditLog.count({ where: { action: 'cross_tenant_denied' } }),
            ),
          5_000,
          'the cross_tenant_denied row',
        );
      });
    }
    if (fixture.access === 'org-list') {
      it(`${path}: B's answer holds nothing of organization A`, async () => {
        const before = await snapshotOfA();
        const result = JSON.stringify(await fixture.call(adminB.client));
        const ids = [
          a.orgId,
          a.adminId,
          a.staffId,
          a.invitationId,
          a.guestId,
          a.stayId,
          a.conversationId,
          a.messageId,
        ];
        const texts = [
          'Probe Guest A',
          'Probe message of A',
          'Probe notification of A',
          'Probe knowledge of A',
          'probe-secret-of-a',
          'Probe suggestion of A',
        ];
        for (const value of [
          ...ids,
          a.channelAccountId,
          a.notificationId,
          a.articleId,
          a.suggestionId,
          ...a.emails,
          ...texts,
        ]) {
          expect(result).not.toContain(value);
        }
        expect(await snapshotOfA()).toBe(before);
      });
    }
    if ((fixture.access === 'org-id' || fixture.access === 'org-list') && fixture.adminOnly) {
      it(`${path}: staff get FORBIDDEN`, async () => {
        const error = await expectTrpcError(fixture.call(staffB.client, a));
        expect(error.code).toBe('FORBIDDEN');
      });
    }
    if (fixture.access === 'platform') {
      it(`${path}: org users get FORBIDDEN and nothing changes`, async () => {
        const before = await snapshotOfA();
        for (const caller of [adminB, staffB]) {
          expect((await expectTrpcError(fixture.call(caller.client, a))).code).toBe('FORBIDDEN');
        }
        expect(await snapshotOfA()).toBe(before);
      });
    }
  }
});
