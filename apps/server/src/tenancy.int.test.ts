import {
  createTestChannelAccount,
  createTestConversation,
  createTestGuest,
  createTestOrganization,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
} from '@stayzr/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';

describe('super admins, team management and the platform', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let base: string;
  let aurora: { id: string };
  let seaside: { id: string };
  let superAdminEmail: string;
  let auroraAdmin: TrpcSession;

  const auditActions = (organizationId: string) =>
    database.db.withPlatform(async (tx) =>
      (await tx.auditLog.findMany({ where: { organizationId }, orderBy: { createdAt: 'asc' } })).map(
        (row) => ({
          action: row.action,
          actorUserId: row.actorUserId,
          impersonating: row.impersonating,
          ip: row.ip,
          userAgent: row.userAgent,
        }),
      ),
    );

  beforeAll(async () => {
    ({ database, base } = harness);
    aurora = await createTestOrganization(database.db, { name: 'Hotel Aurora T' });
    seaside = await createTestOrganization(database.db, { name: 'Seaside Inn T' });
    const superAdmin = await createTestUser(database.db, null, { role: 'SUPER_ADMIN' });
    superAdminEmail = superAdmin.email;
    const admin = await createTestUser(database.db, aurora.id, { role: 'ORG_ADMIN' });
    await createTestUser(database.db, seaside.id, {
      role: 'ORG_ADMIN',
      email: `seaside-manager-${Date.now()}@t.test`,
    });
    auroraAdmin = await harness.signIn(admin.email);
  });

  it('a super admin with no active organization cannot call org procedures', async () => {
    const admin = await harness.signIn(superAdminEmail);
    const error = await expectTrpcError(admin.client.team.list.query());
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', appCode: 'NO_ACTIVE_ORGANIZATION' });
  });

  it('switching shows exactly the chosen organization, per browser session, audited with the real actor', async () => {
    const first = new TrpcSession(base, { 'user-agent': 'first-browser' });
    await first.client.auth.login.mutate({ email: superAdminEmail, password: TEST_PASSWORD });
    const second = await harness.signIn(superAdminEmail);
    const me = await first.client.platform.switchOrganization.mutate({ organizationId: seaside.id });
    expect(me).toMatchObject({
      impersonating: true,
      organization: { id: seaside.id, name: 'Seaside Inn T' },
    });
    await second.client.platform.switchOrganization.mutate({ organizationId: aurora.id });

    const seasideTeam = await first.client.team.list.query();
    const seasideUsers = await database.db.withTenant(seaside.id, (tx) => tx.user.findMany());
    expect(seasideTeam.map((u) => u.id).sort()).toEqual(seasideUsers.map((u) => u.id).sort());
    const auroraTeam = await second.client.team.list.query();
    expect(auroraTeam.every((member) => !seasideUsers.some((u) => u.id === member.id))).toBe(true);

    const invite = await first.client.team.invite.mutate({
      email: 'night.porter@seaside.test',
      role: 'STAFF',
    });
    expect(invite.inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const superAdmin = await database.db.withPlatform((tx) =>
      tx.user.findUniqueOrThrow({ where: { email: superAdminEmail } }),
    );
    const actions = await auditActions(seaside.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'platform.organization_switched',
          actorUserId: superAdmin.id,
          userAgent: 'first-browser',
        }),
        expect.objectContaining({ action: 'team.invited', actorUserId: superAdmin.id, impersonating: true }),
        expect.objectContaining({
          action: 'impersonated.team.invite',
          actorUserId: superAdmin.id,
          impersonating: true,
        }),
      ]),
    );
    expect(actions.find((row) => row.action === 'platform.organization_switched')?.ip).toBeTruthy();

    const exited = await first.client.platform.exitOrganization.mutate();
    expect(exited).toMatchObject({ impersonating: false, organization: null });
    expect((await expectTrpcError(first.client.team.list.query())).appCode).toBe('NO_ACTIVE_ORGANIZATION');
    expect((await second.client.auth.me.query())?.organization?.id).toBe(aurora.id);
  });

  it('impersonated writes on conversations and messages name what they touched in the audit log', async () => {
    const channel = await createTestChannelAccount(database.db, seaside.id);
    const guest = await createTestGuest(database.db, seaside.id);
    const conversation = await createTestConversation(database.db, seaside.id, {
      guestId: guest.id,
      channelAccountId: channel.id,
    });
    const seasideStaff = await createTestUser(database.db, seaside.id, { role: 'STAFF' });
    const admin = await harness.signIn(superAdminEmail);
    await admin.client.platform.switchOrganization.mutate({ organizationId: seaside.id });
    await admin.client.conversations.setStatus.mutate({ conversationId: conversation.id, status: 'pending' });
    await admin.client.conversations.assign.mutate({
      conversationId: conversation.id,
      assigneeId: seasideStaff.id,
    });
    const note = await admin.client.messages.send.mutate({
      conversationId: conversation.id,
      body: 'Checked with the front desk',
      isPrivateNote: true,
    });
    const rows = await database.db.withPlatform((tx) =>
      tx.auditLog.findMany({
        where: {
          organizationId: seaside.id,
          action: { startsWith: 'impersonated.' },
          createdAt: { gte: conversation.createdAt },
        },
        orderBy: { createdAt: 'asc' },
      }),
    );
    expect(
      rows.map(({ action, targetType, targetId, metadata }) => ({ action, targetType, targetId, metadata })),
    ).toEqual([
      {
        action: 'impersonated.conversations.setStatus',
        targetType: 'conversation',
        targetId: conversation.id,
        metadata: { ids: { conversationId: conversation.id } },
      },
      {
        action: 'impersonated.conversations.assign',
        targetType: 'conversation',
        targetId: conversation.id,
        metadata: { ids: { conversationId: conversation.id, assigneeId: seasideStaff.id } },
      },
      {
        action: 'impersonated.messages.send',
        targetType: 'conversation',
        targetId: conversation.id,
        metadata: { ids: { conversationId: conversation.id }, createdId: note.id },
      },
    ]);
    await admin.client.platform.exitOrganization.mutate();
  });

  it('lists organizations with user, guest and conversation counts', async () => {
    const admin = await harness.signIn(superAdminEmail);
    const rows = await admin.client.platform.organizations.list.query();
    const row = rows.find((org) => org.id === aurora.id);
    const users = await database.db.withTenant(aurora.id, (tx) => tx.user.count());
    expect(row).toMatchObject({ name: 'Hotel Aurora T', counts: { users, guests: 0, conversations: 0 } });
  });

  it('creates an organization with its property and first admin invitation, or nothing at all', async () => {
    const admin = await harness.signIn(superAdminEmail);
    const created = await admin.client.platform.organizations.create.mutate({
      name: 'Harbour Hotel',
      slug: 'harbour',
      timezone: 'Europe/Dublin',
      country: 'ie',
      plan: 'professional',
      adminEmail: 'gm@harbour.test',
    });
    const org = await database.db.withTenant(created.organizationId, async (tx) => ({
      org: await tx.organization.findFirstOrThrow(),
      properties: await tx.property.count(),
      invitations: await tx.invitation.findMany(),
    }));
    expect(org.org).toMatchObject({
      name: 'Harbour Hotel',
      country: 'IE',
      plan: 'professional',
      subscriptionStatus: 'trialing',
    });
    expect(org.properties).toBe(1);
    expect(org.invitations).toMatchObject([{ email: 'gm@harbour.test', role: 'ORG_ADMIN' }]);

    const before = await database.db.withPlatform((tx) => tx.organization.count());
    const duplicateSlug = await expectTrpcError(
      admin.client.platform.organizations.create.mutate({
        name: 'Other',
        slug: 'harbour',
        timezone: 'UTC',
        country: 'US',
        plan: 'starter',
        adminEmail: 'other@harbour.test',
      }),
    );
    expect(duplicateSlug.appCode).toBe('CONFLICT');
    const takenEmail = await expectTrpcError(
      admin.client.platform.organizations.create.mutate({
        name: 'Other',
        slug: 'other-hotel',
        timezone: 'UTC',
        country: 'US',
        plan: 'starter',
        adminEmail: superAdminEmail,
      }),
    );
    expect(takenEmail.appCode).toBe('CONFLICT');
    expect(await database.db.withPlatform((tx) => tx.organization.count())).toBe(before);
  });

  it('suspending an organization ends its sessions and blocks sign-in until reactivated', async () => {
    const org = await createTestOrganization(database.db, { name: 'Suspended Soon' });
    const member = await createTestUser(database.db, org.id);
    const memberSession = await harness.signIn(member.email);
    const admin = await harness.signIn(superAdminEmail);
    await admin.client.platform.organizations.suspend.mutate({ organizationId: org.id });
    expect(await memberSession.client.auth.me.query()).toBeNull();
    const refused = await expectTrpcError(
      new TrpcSession(base).client.auth.login.mutate({ email: member.email, password: TEST_PASSWORD }),
    );
    expect(refused.appCode).toBe('ORGANIZATION_SUSPENDED');
    await admin.client.platform.organizations.reactivate.mutate({ organizationId: org.id });
    await harness.signIn(member.email);
    const audit = await admin.client.platform.auditLog.query({
      organizationId: org.id,
      action: 'platform.',
      limit: 10,
    });
    expect(audit.items.map((item) => item.action)).toEqual([
      'platform.organization_reactivated',
      'platform.organization_suspended',
    ]);
    expect(audit.items[0]?.actorEmail).toBe(superAdminEmail);
  });

  it('pages the audit log by cursor without gaps or repeats', async () => {
    const admin = await harness.signIn(superAdminEmail);
    const all = await admin.client.platform.auditLog.query({ limit: 200 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.client.platform.auditLog.query({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 500);
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it('never removes the last org admin, by role change or deactivation', async () => {
    const org = await createTestOrganization(database.db, { name: 'Solo Hotel' });
    const solo = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    const staff = await createTestUser(database.db, org.id, { role: 'STAFF' });
    const session = await harness.signIn(solo.email);
    const demote = await expectTrpcError(
      session.client.team.changeRole.mutate({ userId: solo.id, role: 'STAFF' }),
    );
    expect(demote).toMatchObject({ code: 'CONFLICT', appCode: 'LAST_ORG_ADMIN' });
    await session.client.team.changeRole.mutate({ userId: staff.id, role: 'ORG_ADMIN' });
    await session.client.team.changeRole.mutate({ userId: solo.id, role: 'STAFF' });
    expect(
      (await database.db.withTenant(org.id, (tx) => tx.user.findUniqueOrThrow({ where: { id: solo.id } })))
        .role,
    ).toBe('STAFF');
  });

  it('deactivating a member ends their sessions at once', async () => {
    const member = await createTestUser(database.db, aurora.id, { role: 'STAFF' });
    const memberSession = await harness.signIn(member.email);
    await auroraAdmin.client.team.deactivate.mutate({ userId: member.id });
    expect(await memberSession.client.auth.me.query()).toBeNull();
    const members = await auroraAdmin.client.team.list.query();
    expect(members.find((m) => m.id === member.id)?.status).toBe('disabled');
    await auroraAdmin.client.team.reactivate.mutate({ userId: member.id });
    await harness.signIn(member.email);
  });

  it('resending an invitation kills the old link; revoking kills the new one', async () => {
    const first = await auroraAdmin.client.team.invite.mutate({
      email: 'concierge@aurora-t.test',
      role: 'STAFF',
    });
    const oldToken = first.inviteUrl.split('/').pop()!;
    const resent = await auroraAdmin.client.team.resendInvitation.mutate({
      invitationId: first.invitationId,
    });
    const newToken = resent.inviteUrl.split('/').pop()!;
    expect(newToken).not.toBe(oldToken);
    const visitor = new TrpcSession(base);
    expect(
      (await expectTrpcError(visitor.client.auth.invitationInfo.query({ token: oldToken }))).appCode,
    ).toBe('INVITATION_INVALID');
    expect(await visitor.client.auth.invitationInfo.query({ token: newToken })).toMatchObject({
      email: 'concierge@aurora-t.test',
    });
    await auroraAdmin.client.team.revokeInvitation.mutate({ invitationId: first.invitationId });
    expect(
      (await expectTrpcError(visitor.client.auth.invitationInfo.query({ token: newToken }))).appCode,
    ).toBe('INVITATION_INVALID');
    expect(await auroraAdmin.client.team.invitations.query()).not.toContainEqual(
      expect.objectContaining({ id: first.invitationId }),
    );
    const trail = await auroraAdmin.client.audit.list.query({ limit: 5 });
    expect(trail.items.slice(0, 3).map((item) => item.action)).toEqual([
      'team.invitation_revoked',
      'team.invitation_resent',
      'team.invited',
    ]);
  });

  it('invites an address that has an account at another hotel exactly like a new one', async () => {
    const elsewhere = await createTestUser(database.db, seaside.id, { role: 'STAFF' });
    const fresh = `nobody-yet-${Date.now()}@t.test`;
    const answers = [];
    for (const email of [elsewhere.email, fresh]) {
      const invite = await auroraAdmin.client.team.invite.mutate({ email, role: 'STAFF' });
      answers.push({
        ...invite,
        invitationId: typeof invite.invitationId,
        inviteUrl: invite.inviteUrl.replace(/[^/]+$/, '<token>'),
      });
    }
    expect(answers[0]).toEqual(answers[1]);
    const pending = (await auroraAdmin.client.team.invitations.query()).map((invitation) => invitation.email);
    expect(pending).toEqual(expect.arrayContaining([elsewhere.email, fresh]));
  });

  it('only super admins learn that an address already has an account (creating an organization)', async () => {
    const members = await auroraAdmin.client.team.list.query();
    const attempt = (adminEmail: string) => ({
      name: 'Probe Hotel',
      slug: `probe-${Date.now()}`,
      timezone: 'Europe/Dublin',
      country: 'ie',
      plan: 'starter' as const,
      adminEmail,
    });
    // An org admin is refused before anything is looked up, alike for a known and an unknown address.
    const known = await expectTrpcError(
      auroraAdmin.client.platform.organizations.create.mutate(attempt(members[0]!.email)),
    );
    const unknown = await expectTrpcError(
      auroraAdmin.client.platform.organizations.create.mutate(attempt('nobody@probe.test')),
    );
    expect(known).toEqual(unknown);
    expect(known.code).toBe('FORBIDDEN');
    // Platform staff see every team anyway, and need to know before creating a hotel whose admin could not join.
    const admin = await harness.signIn(superAdminEmail);
    const conflict = await expectTrpcError(
      admin.client.platform.organizations.create.mutate(attempt(members[0]!.email)),
    );
    expect(conflict.appCode).toBe('CONFLICT');
  });

  it('refuses to invite someone who is already a member', async () => {
    const members = await auroraAdmin.client.team.list.query();
    const error = await expectTrpcError(
      auroraAdmin.client.team.invite.mutate({ email: members[0]!.email, role: 'STAFF' }),
    );
    expect(error.appCode).toBe('CONFLICT');
  });
});
