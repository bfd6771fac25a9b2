import fastifyCookie from '@fastify/cookie';
import { createDb, type Database } from '@stayzr/db';
import {
  createTestAttachment,
  createTestChannelAccount,
  createTestConversation,
  createTestGuest,
  createTestInvitation,
  createTestMessage,
  createTestOrganization,
  createTestUsageCounter,
  createTestUser,
  type TestDatabase,
  type TestOrganizationOverrides,
} from '@stayzr/db/testing';
import { AppError } from '@stayzr/shared';
import { consumeUsageInTx, PlanGate, recordUsage, systemContext, TeamService } from '@stayzr/shared/server';
import { createTRPCClient, httpLink } from '@trpc/client';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, useServerHarness } from './testing/harness.js';
import { expectTrpcError, type TrpcSession } from './testing/trpc-session.js';
import { contextFactory } from './trpc/context.js';
import { router } from './trpc/init.js';
import { featureProcedure } from './trpc/procedures.js';

/** A router with gated procedures, served through the real context and error formatter. */
const probeRouter = router({
  whatsapp: featureProcedure('whatsappIntegration').query(() => 'whatsapp ok'),
  ai: featureProcedure('aiAutomation').mutation(() => 'ai ok'),
  branding: featureProcedure('customBranding').query(() => 'branding ok'),
});
type ProbeRouter = typeof probeRouter;

describe('plans, gates, usage limits and the subscription lifecycle', () => {
  const harness = useServerHarness({ server: 'any-port' });
  let database: TestDatabase;
  let server: TestServer;
  let base: string;
  let superAdmin: TrpcSession;
  let probeApp: FastifyInstance;
  let probeBase: string;
  /** A pool big enough for 50 concurrent transactions. */
  let wideDb: Database;

  async function hotel(overrides: TestOrganizationOverrides = {}) {
    const org = await createTestOrganization(database.db, overrides);
    const admin = await createTestUser(database.db, org.id, { role: 'ORG_ADMIN' });
    const staff = await createTestUser(database.db, org.id, { role: 'STAFF' });
    return {
      org,
      admin,
      staff,
      adminSession: await harness.signIn(admin.email),
      staffSession: await harness.signIn(staff.email),
    };
  }

  const enforcement = (organizationId: string, db: Database = database.db) =>
    new PlanGate({ ...server.deps.services, db }, systemContext(organizationId, 'job'));

  const probeClient = (session: TrpcSession) =>
    createTRPCClient<ProbeRouter>({
      links: [
        httpLink({
          url: `${probeBase}/trpc`,
          transformer: superjson,
          headers: () => (session.cookie ? { cookie: session.cookie } : {}),
        }),
      ],
    });

  const counter = (organizationId: string) =>
    database.db.withPlatform((tx) =>
      tx.usageCounter.findMany({ where: { organizationId }, orderBy: { periodStart: 'asc' } }),
    );
  const usageAlerts = (organizationId: string) =>
    database.db.withPlatform((tx) =>
      tx.notification.findMany({
        where: { organizationId, kind: 'usage_alert' },
        orderBy: { createdAt: 'asc' },
      }),
    );
  const auditActions = (organizationId: string) =>
    database.db.withPlatform(async (tx) =>
      (await tx.auditLog.findMany({ where: { organizationId }, orderBy: { createdAt: 'asc' } })).map(
        (row) => ({ action: row.action, actorType: row.actorType, metadata: row.metadata }),
      ),
    );

  beforeAll(async () => {
    ({ database, server, base } = harness);
    wideDb = createDb({ connectionString: database.url, max: 20 });
    const admin = await createTestUser(database.db, null, { role: 'SUPER_ADMIN' });
    superAdmin = await harness.signIn(admin.email);
    probeApp = Fastify();
    await probeApp.register(fastifyCookie);
    await probeApp.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: { router: probeRouter, createContext: contextFactory(server.deps) },
    });
    probeBase = await probeApp.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await probeApp?.close();
    await wideDb?.close();
  });

  it('without Stripe, billing is manual and there is no Stripe webhook route', async () => {
    const response = await fetch(`${base}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' },
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(server.deps.billing.name).toBe('manual');
  });

  describe('feature gates', () => {
    it('featureProcedure refuses a feature the plan lacks, naming the cheapest plan that has it', async () => {
      const { adminSession } = await hotel({ plan: 'starter' });
      const error = await expectTrpcError(probeClient(adminSession).whatsapp.query());
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'FEATURE_NOT_IN_PLAN',
        httpStatus: 403,
        message: 'WhatsApp is not in the Starter plan. Upgrade to Professional to use it.',
        details: { feature: 'whatsappIntegration', plan: 'starter', requiredPlan: 'professional' },
      });
      expect(await expectTrpcError(probeClient(adminSession).ai.mutate())).toMatchObject({
        appCode: 'FEATURE_NOT_IN_PLAN',
        details: { requiredPlan: 'professional' },
      });
    });

    it('featureProcedure lets the plan’s features through and follows a plan change at once', async () => {
      const { org, adminSession } = await hotel({ plan: 'professional' });
      expect(await probeClient(adminSession).whatsapp.query()).toBe('whatsapp ok');
      expect(await probeClient(adminSession).ai.mutate()).toBe('ai ok');
      expect(await expectTrpcError(probeClient(adminSession).branding.query())).toMatchObject({
        appCode: 'FEATURE_NOT_IN_PLAN',
        details: { feature: 'customBranding', requiredPlan: 'enterprise' },
        message: 'Custom branding is not in the Professional plan. Upgrade to Enterprise to use it.',
      });
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        plan: 'enterprise',
      });
      expect(await probeClient(adminSession).branding.query()).toBe('branding ok');
    });

    it('requireFeature in the service form re-checks at run time (a job queued before a downgrade)', async () => {
      const { org } = await hotel({ plan: 'professional' });
      const job = enforcement(org.id);
      await expect(job.requireFeature('aiAutomation')).resolves.toBeUndefined();
      await database.db.withPlatform((tx) =>
        tx.organization.update({ where: { id: org.id }, data: { plan: 'starter' } }),
      );
      const error = await job.requireFeature('aiAutomation').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        appCode: 'FEATURE_NOT_IN_PLAN',
        message: 'AI replies is not in the Starter plan. Upgrade to Professional to use it.',
        details: { feature: 'aiAutomation', requiredPlan: 'professional' },
      });
    });
  });

  describe('usage', () => {
    it('reports every metric: monthly messages in the hotel’s time zone, gauges counted from the data', async () => {
      const { org, adminSession, staffSession } = await hotel({ plan: 'starter', timezone: 'Asia/Tokyo' });
      await createTestUser(database.db, org.id, { role: 'STAFF', status: 'disabled' });
      await createTestInvitation(database.db, org.id);
      await createTestInvitation(database.db, org.id, { expiresAt: new Date(Date.now() - 1000) });
      await createTestInvitation(database.db, org.id, { revokedAt: new Date() });
      const guest = await createTestGuest(database.db, org.id);
      const channel = await createTestChannelAccount(database.db, org.id);
      const open = await createTestConversation(database.db, org.id, {
        guestId: guest.id,
        channelAccountId: channel.id,
      });
      await createTestConversation(database.db, org.id, {
        guestId: guest.id,
        channelAccountId: channel.id,
        status: 'pending',
      });
      await createTestConversation(database.db, org.id, {
        guestId: guest.id,
        channelAccountId: channel.id,
        status: 'resolved',
      });
      const message = await createTestMessage(database.db, open);
      await createTestAttachment(database.db, message, { sizeBytes: 1_000 });
      await createTestAttachment(database.db, message, { sizeBytes: 2_500 });
      await database.db.withTenant(org.id, (tx) => recordUsage(tx, org.id, 'messages', 3));

      const usage = await adminSession.client.subscription.usage.query();
      expect(usage.plan).toBe('starter');
      expect(usage.timezone).toBe('Asia/Tokyo');
      const byMetric = Object.fromEntries(usage.metrics.map((m) => [m.metric, m]));
      expect(byMetric.messages).toMatchObject({
        used: 3,
        limit: 1_000,
        monthly: true,
        percent: 0.3,
        summary: '3 of 1,000 messages this month',
      });
      // 2 active users + 1 pending invitation (expired, revoked and disabled do not count).
      expect(byMetric.users).toMatchObject({ used: 3, limit: 5, summary: '3 of 5 users', percent: 60 });
      expect(byMetric.guests).toMatchObject({ used: 1, limit: 1_000 });
      expect(byMetric.activeConversations).toMatchObject({ used: 2, limit: 200 });
      expect(byMetric.storageBytes).toMatchObject({ used: 3_500, limit: 5 * 1024 ** 3 });
      // The counter row is keyed by the month in Tokyo.
      const rows = await counter(org.id);
      expect(rows.map((r) => r.periodStart.toISOString().slice(0, 10))).toEqual([usage.period.start]);
      // Every member sees the plan and usage (staff need to know why a button is disabled).
      expect((await staffSession.client.subscription.usage.query()).metrics).toHaveLength(5);
      expect(await staffSession.client.subscription.get.query()).toMatchObject({
        plan: 'starter',
        readOnly: false,
        features: { whatsappIntegration: false, smsIntegration: true },
        billing: { provider: 'manual', checkoutEnabled: false },
      });
    });

    it('50 concurrent consumeUsage calls with one message left: exactly one succeeds', async () => {
      const { org } = await hotel({ plan: 'starter' });
      const service = enforcement(org.id, wideDb);
      const period = (await service.usage()).period.start;
      await createTestUsageCounter(database.db, org.id, {
        periodStart: new Date(`${period}T00:00:00Z`),
        value: 999n,
      });
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          wideDb.withTenant(org.id, (tx) => service.consumeUsage(tx, 'messages', 1)),
        ),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const { reason } of refused) {
        expect(reason).toMatchObject({
          appCode: 'QUOTA_EXCEEDED',
          details: { metric: 'messages', used: 1_000, limit: 1_000, requiredPlan: 'professional' },
        });
      }
      expect((await counter(org.id)).map((r) => r.value)).toEqual([1_000n]);
      expect((reason(refused[0]) as AppError).message).toBe(
        'You have used 1,000 of 1,000 messages a month on the Starter plan. Upgrade to Professional for 10,000 messages a month.',
      );
    });

    it('50 concurrent first messages of the month with a limit of one: exactly one row, value 1', async () => {
      const { org } = await hotel({ plan: 'starter', limitOverrides: { maxMessagesPerMonth: 1 } });
      const service = enforcement(org.id, wideDb);
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          wideDb.withTenant(org.id, (tx) => service.consumeUsage(tx, 'messages', 1)),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await counter(org.id)).map((r) => r.value)).toEqual([1n]);
    });

    it('a refused consume rolls back with the caller’s transaction; checkUsage takes nothing', async () => {
      const { org } = await hotel({ plan: 'starter', limitOverrides: { maxMessagesPerMonth: 2 } });
      const service = enforcement(org.id);
      await database.db.withTenant(org.id, (tx) => service.consumeUsage(tx, 'messages', 2));
      await expect(service.checkUsage('messages')).rejects.toMatchObject({
        appCode: 'QUOTA_EXCEEDED',
        details: { used: 2, limit: 2 },
      });
      await expect(
        database.db.withTenant(org.id, (tx) => service.consumeUsage(tx, 'messages', 5)),
      ).rejects.toMatchObject({ appCode: 'QUOTA_EXCEEDED' });
      expect((await counter(org.id)).map((r) => r.value)).toEqual([2n]);
      // A send that fails after taking its unit gives it back: the counter commits with the message.
      await database.db.withPlatform((tx) =>
        tx.organization.update({
          where: { id: org.id },
          data: { limitOverrides: { maxMessagesPerMonth: 3 } },
        }),
      );
      await expect(
        database.db.withTenant(org.id, async (tx) => {
          await service.consumeUsage(tx, 'messages', 1);
          throw new Error('provider refused the message');
        }),
      ).rejects.toThrow('provider refused');
      expect((await counter(org.id)).map((r) => r.value)).toEqual([2n]);
      await expect(service.checkUsage('messages')).resolves.toMatchObject({ used: 2, limit: 3 });
    });

    it('guests’ inbound messages are always counted, even past the limit, and then outbound is refused', async () => {
      const { org } = await hotel({ plan: 'starter', limitOverrides: { maxMessagesPerMonth: 2 } });
      for (let i = 0; i < 3; i++) {
        await database.db.withTenant(org.id, (tx) => recordUsage(tx, org.id, 'messages', 1));
      }
      expect((await counter(org.id)).map((r) => r.value)).toEqual([3n]);
      await expect(
        database.db.withTenant(org.id, (tx) => enforcement(org.id).consumeUsage(tx, 'messages', 1)),
      ).rejects.toMatchObject({ appCode: 'QUOTA_EXCEEDED', details: { used: 3, limit: 2 } });
    });

    it('records the 80 % and 100 % alerts once per period, and again next month', async () => {
      const { org, adminSession, staffSession } = await hotel({
        plan: 'starter',
        limitOverrides: { maxMessagesPerMonth: 10 },
      });
      const now = new Date('2026-11-15T12:00:00Z');
      const consume = (n: number, at = now) =>
        database.db.withTenant(org.id, (tx) => consumeUsageInTx(tx, org.id, 'messages', n, at));
      await consume(7);
      expect(await usageAlerts(org.id)).toHaveLength(0);
      await consume(1);
      await consume(1);
      expect((await usageAlerts(org.id)).map((n) => n.dedupeKey)).toEqual(['usage:messages:80:2026-11']);
      await consume(1);
      await expect(consume(1)).rejects.toMatchObject({ appCode: 'QUOTA_EXCEEDED' });
      await database.db.withTenant(org.id, (tx) => recordUsage(tx, org.id, 'messages', 4, now));
      const alerts = await usageAlerts(org.id);
      expect(alerts.map((n) => n.dedupeKey)).toEqual([
        'usage:messages:80:2026-11',
        'usage:messages:100:2026-11',
      ]);
      expect(alerts[1]).toMatchObject({
        title: 'You have reached your limit of 10 messages a month',
        data: { metric: 'messages', threshold: 100, used: 10, limit: 10, period: '2026-11' },
      });
      // The limit is this organization's override, which no plan change raises: no upgrade is promised.
      expect(alerts[1]?.body).toBe(
        'Starter plan: 10 messages used. Guests can still write to you, but replies are paused until next month.',
      );

      // A new month starts from zero; crossing 80 % again alerts again, once.
      const december = new Date('2026-12-02T12:00:00Z');
      await consume(9, december);
      await consume(1, december);
      expect((await usageAlerts(org.id)).map((n) => n.dedupeKey)).toEqual([
        'usage:messages:80:2026-11',
        'usage:messages:100:2026-11',
        'usage:messages:80:2026-12',
        'usage:messages:100:2026-12',
      ]);

      // Shown to the org admins in the web app.
      const page = await adminSession.client.notifications.list.query({ limit: 2 });
      expect(page.unreadCount).toBe(4);
      expect(page.items).toHaveLength(2);
      expect(page.nextCursor).not.toBeNull();
      const rest = await adminSession.client.notifications.list.query({
        limit: 10,
        cursor: page.nextCursor!,
      });
      expect(rest.items).toHaveLength(2);
      await adminSession.client.notifications.markRead.mutate({ notificationId: page.items[0]!.id });
      expect((await adminSession.client.notifications.list.query({ unreadOnly: true })).items).toHaveLength(
        3,
      );
      expect(await adminSession.client.notifications.markAllRead.mutate()).toEqual({ count: 3 });
      expect((await adminSession.client.notifications.list.query({})).unreadCount).toBe(0);
      expect((await expectTrpcError(staffSession.client.notifications.list.query({}))).code).toBe(
        'FORBIDDEN',
      );
    });

    it('gauge limits: guests, active conversations and storage are checked against the data', async () => {
      const { org } = await hotel({
        plan: 'starter',
        limitOverrides: { maxGuests: 2, maxActiveConversations: 1, maxStorageGB: 0 },
      });
      const service = enforcement(org.id);
      await createTestGuest(database.db, org.id);
      await expect(service.checkUsage('guests')).resolves.toMatchObject({ used: 1, limit: 2 });
      await createTestGuest(database.db, org.id);
      await expect(service.checkUsage('guests')).rejects.toMatchObject({
        appCode: 'QUOTA_EXCEEDED',
        details: { metric: 'guests', used: 2, limit: 2 },
        message:
          'You have 2 guests and the Starter plan allows 2 guests. Contact Stayzr to raise this limit.',
      });
      const conversation = await createTestConversation(database.db, org.id);
      await expect(service.checkUsage('activeConversations')).rejects.toMatchObject({
        details: { metric: 'activeConversations', used: 1, limit: 1 },
      });
      await database.db.withPlatform((tx) =>
        tx.conversation.update({ where: { id: conversation.id }, data: { status: 'resolved' } }),
      );
      await expect(service.checkUsage('activeConversations')).resolves.toMatchObject({ used: 0 });
      await expect(service.checkUsage('storageBytes', 10)).rejects.toMatchObject({
        details: { metric: 'storageBytes', limit: 0 },
      });
    });
  });

  describe('invitations and the user limit', () => {
    it('an invite over maxUsers is refused with the plan that raises it; after an upgrade it goes through', async () => {
      const { org, adminSession } = await hotel({ plan: 'starter' });
      await createTestUser(database.db, org.id, { role: 'STAFF' });
      await createTestUser(database.db, org.id, { role: 'STAFF' });
      await createTestInvitation(database.db, org.id); // 4 users + 1 pending invitation = 5 of 5
      const error = await expectTrpcError(
        adminSession.client.team.invite.mutate({ email: 'one-too-many@hotel.test', role: 'STAFF' }),
      );
      expect(error).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        appCode: 'QUOTA_EXCEEDED',
        httpStatus: 429,
        details: { metric: 'users', used: 5, limit: 5, plan: 'starter', requiredPlan: 'professional' },
        message:
          'Your team has 5 users (pending invitations included) and the Starter plan allows 5 users. Upgrade to Professional for 25 users.',
      });
      expect(
        await database.db.withPlatform((tx) => tx.invitation.count({ where: { organizationId: org.id } })),
      ).toBe(1);

      const upgraded = await adminSession.client.subscription.changePlan.mutate({ plan: 'professional' });
      expect(upgraded).toMatchObject({ kind: 'changed', subscription: { plan: 'professional' } });
      const link = await adminSession.client.team.invite.mutate({
        email: 'one-too-many@hotel.test',
        role: 'STAFF',
      });
      expect(link.inviteUrl).toContain('/invite/');
    });

    it('re-inviting the same address at the limit replaces the pending invitation instead of refusing', async () => {
      const { org, adminSession } = await hotel({ plan: 'starter', limitOverrides: { maxUsers: 3 } });
      await adminSession.client.team.invite.mutate({ email: 'again@hotel.test', role: 'STAFF' });
      await adminSession.client.team.invite.mutate({ email: 'again@hotel.test', role: 'ORG_ADMIN' });
      expect(
        (
          await expectTrpcError(
            adminSession.client.team.invite.mutate({ email: 'other@hotel.test', role: 'STAFF' }),
          )
        ).appCode,
      ).toBe('QUOTA_EXCEEDED');
      const pending = await database.db.withPlatform((tx) =>
        tx.invitation.findMany({ where: { organizationId: org.id, revokedAt: null } }),
      );
      expect(pending.map((i) => i.role)).toEqual(['ORG_ADMIN']);
    });

    it('reactivating a user takes a seat again', async () => {
      const { org, adminSession } = await hotel({ plan: 'starter', limitOverrides: { maxUsers: 2 } });
      const former = await createTestUser(database.db, org.id, { role: 'STAFF', status: 'disabled' });
      expect(
        await expectTrpcError(adminSession.client.team.reactivate.mutate({ userId: former.id })),
      ).toMatchObject({ appCode: 'QUOTA_EXCEEDED', details: { metric: 'users', used: 2, limit: 2 } });
    });

    it('ten concurrent invitations for the last seat: exactly one succeeds', async () => {
      const { org } = await hotel({ plan: 'starter', limitOverrides: { maxUsers: 3 } });
      const team = new TeamService({ ...server.deps.services, db: wideDb }, systemContext(org.id, 'race'));
      const race = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => team.invite({ email: `race-${i}@hotel.test`, role: 'STAFF' })),
      );
      expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = race.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      for (const { reason } of refused) expect(reason).toMatchObject({ appCode: 'QUOTA_EXCEEDED' });
    });
  });

  describe('plan changes', () => {
    it('refuses an unknown plan name with BAD_REQUEST', async () => {
      const { adminSession } = await hotel({ plan: 'starter' });
      const error = await expectTrpcError(
        adminSession.client.subscription.changePlan.mutate({ plan: 'platinum' as 'starter' }),
      );
      expect(error).toMatchObject({ code: 'BAD_REQUEST', appCode: 'BAD_REQUEST' });
      expect(error.fieldErrors?.plan?.[0]).toContain('Unknown plan "platinum"');
    });

    it('only org admins change the plan', async () => {
      const { staffSession } = await hotel({ plan: 'starter' });
      expect(
        (await expectTrpcError(staffSession.client.subscription.changePlan.mutate({ plan: 'professional' })))
          .code,
      ).toBe('FORBIDDEN');
    });

    it('refuses a downgrade that does not fit, listing every misfit, until it fits; audits each change', async () => {
      const { org, adminSession } = await hotel({ plan: 'professional' });
      const extra = [];
      for (let i = 0; i < 5; i++) extra.push(await createTestUser(database.db, org.id, { role: 'STAFF' }));
      const whatsapp = await createTestChannelAccount(database.db, org.id, { type: 'whatsapp' });
      const before = await adminSession.client.subscription.get.query();

      const error = await expectTrpcError(
        adminSession.client.subscription.changePlan.mutate({ plan: 'starter' }),
      );
      expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', appCode: 'PLAN_DOES_NOT_FIT' });
      expect(error.message).toBe(
        "You can't move to the Starter plan yet: 7 users, the Starter plan allows 5 users; 1 WhatsApp channel, WhatsApp is not in the Starter plan.",
      );
      expect(error.details).toMatchObject({
        plan: 'starter',
        misfits: [
          { kind: 'limit', metric: 'users', used: 7, limit: 5 },
          { kind: 'feature', feature: 'whatsappIntegration', inUse: 1 },
        ],
      });
      expect(await adminSession.client.subscription.get.query()).toEqual(before);

      for (const user of extra.slice(0, 2))
        await adminSession.client.team.deactivate.mutate({ userId: user.id });
      await database.db.withPlatform((tx) =>
        tx.channelAccount.update({ where: { id: whatsapp.id }, data: { status: 'disabled' } }),
      );
      const result = await adminSession.client.subscription.changePlan.mutate({ plan: 'starter' });
      expect(result).toMatchObject({ kind: 'changed', subscription: { plan: 'starter' } });
      expect(await adminSession.client.subscription.changePlan.mutate({ plan: 'starter' })).toMatchObject({
        kind: 'unchanged',
      });
      expect((await auditActions(org.id)).filter((a) => a.action.startsWith('subscription.'))).toEqual([
        {
          action: 'subscription.plan_changed',
          actorType: 'user',
          metadata: { from: 'professional', to: 'starter', provider: 'manual' },
        },
      ]);
    });

    it('enterprise is arranged with the team: changePlan refuses, requestChange is audited for the platform', async () => {
      const { org, adminSession } = await hotel({ plan: 'professional' });
      expect(
        await expectTrpcError(adminSession.client.subscription.changePlan.mutate({ plan: 'enterprise' })),
      ).toMatchObject({
        code: 'PRECONDITION_FAILED',
        appCode: 'PLAN_NOT_SELF_SERVE',
        message:
          'The Enterprise plan is set up with the Stayzr team. Send a request and we will contact you.',
      });
      expect(
        await adminSession.client.subscription.requestChange.mutate({
          plan: 'enterprise',
          message: '3 hotels',
        }),
      ).toEqual({ requested: true });
      const log = await superAdmin.client.platform.auditLog.query({
        organizationId: org.id,
        action: 'subscription.',
        limit: 10,
      });
      expect(log.items.map((i) => [i.action, i.metadata])).toEqual([
        ['subscription.change_requested', { from: 'professional', to: 'enterprise', message: '3 hotels' }],
      ]);
      const notes = await adminSession.client.notifications.list.query({});
      expect(notes.items.map((n) => n.title)).toEqual(['Plan change requested: Enterprise']);
      expect((await adminSession.client.subscription.get.query()).plan).toBe('professional');
    });
  });

  describe('subscription lifecycle: read-only mode', () => {
    it('past_due: writes refused with the reason, reads still work, taking access away still works', async () => {
      const { org, adminSession, staffSession, staff } = await hotel({ plan: 'starter' });
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        status: 'past_due',
      });

      const error = await expectTrpcError(
        adminSession.client.team.invite.mutate({ email: 'late@hotel.test', role: 'STAFF' }),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'SUBSCRIPTION_INACTIVE',
        message: 'Your subscription is past due; sending and settings are paused until billing is resolved.',
        details: { status: 'past_due' },
      });
      // One call at a time: a second call already under way would reject unobserved.
      for (const call of [
        () => adminSession.client.team.changeRole.mutate({ userId: staff.id, role: 'ORG_ADMIN' }),
        () => adminSession.client.team.setDataScope.mutate({ userId: staff.id, dataScope: 'own' }),
      ]) {
        expect((await expectTrpcError(call())).appCode).toBe('SUBSCRIPTION_INACTIVE');
      }
      expect((await staffSession.client.team.list.query()).length).toBe(2);
      expect(await staffSession.client.subscription.get.query()).toMatchObject({
        status: 'past_due',
        readOnly: true,
        readOnlyReason:
          'Your subscription is past due; sending and settings are paused until billing is resolved.',
      });
      await adminSession.client.team.deactivate.mutate({ userId: staff.id });
      // Billing stays reachable: the admin can still change plan to get going again.
      expect((await adminSession.client.subscription.changePlan.mutate({ plan: 'professional' })).kind).toBe(
        'changed',
      );
      await superAdmin.client.platform.subscriptions.set.mutate({ organizationId: org.id, status: 'active' });
      await adminSession.client.team.invite.mutate({ email: 'late@hotel.test', role: 'STAFF' });
    });

    it('a job built with systemContext after the organization was canceled refuses (requireWritable)', async () => {
      const { org } = await hotel({ plan: 'professional' });
      const job = enforcement(org.id);
      await expect(job.requireWritable()).resolves.toBeUndefined();
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        status: 'canceled',
      });
      await expect(enforcement(org.id).requireWritable()).rejects.toMatchObject({
        appCode: 'SUBSCRIPTION_INACTIVE',
        message:
          'Your subscription is canceled; sending and settings are paused until a plan is active again.',
      });
    });

    it('a trial is writable until its end date, then read-only with the date in the hotel’s time zone', async () => {
      const { org, adminSession } = await hotel({
        plan: 'starter',
        subscriptionStatus: 'trialing',
        trialEndsAt: new Date(Date.now() + 86_400_000),
        timezone: 'Europe/Paris',
      });
      await adminSession.client.team.invite.mutate({ email: 'trial@hotel.test', role: 'STAFF' });
      const ended = new Date('2026-03-01T12:00:00Z');
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        trialEndsAt: ended,
      });
      const error = await expectTrpcError(
        adminSession.client.team.invite.mutate({ email: 'trial2@hotel.test', role: 'STAFF' }),
      );
      expect(error).toMatchObject({
        appCode: 'SUBSCRIPTION_INACTIVE',
        message:
          'Your free trial ended on March 1, 2026; sending and settings are paused until you choose a plan.',
        details: { status: 'trialing', trialEndsAt: ended.toISOString() },
      });
    });
  });

  describe('super admins', () => {
    it('set plan, status, trial end and overrides; every change audited; what no longer fits is returned', async () => {
      const { org, adminSession } = await hotel({ plan: 'professional' });
      for (let i = 0; i < 4; i++) await createTestUser(database.db, org.id, { role: 'STAFF' });
      const result = await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        plan: 'starter',
        limitOverrides: { maxGuests: 50, maxMessagesPerMonth: null },
      });
      expect(result.subscription).toMatchObject({
        plan: 'starter',
        limits: { maxUsers: 5, maxGuests: 50, maxMessagesPerMonth: null },
        overrides: { maxGuests: 50, maxMessagesPerMonth: null },
      });
      expect(result.misfits.map((m) => m.message)).toEqual(['6 users, the Starter plan allows 5 users']);
      // Overrides raise the limit for this organization only.
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        limitOverrides: { maxUsers: 10 },
      });
      await adminSession.client.team.invite.mutate({ email: 'deal@hotel.test', role: 'STAFF' });
      expect((await adminSession.client.subscription.get.query()).limits).toMatchObject({
        maxUsers: 10,
        maxGuests: 1_000,
      });
      await superAdmin.client.platform.subscriptions.set.mutate({
        organizationId: org.id,
        limitOverrides: null,
      });
      expect((await adminSession.client.subscription.get.query()).overrides).toBeNull();

      const changes = (await auditActions(org.id)).filter(
        (a) => a.action === 'platform.subscription_changed',
      );
      expect(changes).toHaveLength(3);
      expect(changes[0]).toMatchObject({
        actorType: 'super_admin',
        metadata: {
          from: { plan: 'professional', limitOverrides: null },
          to: { plan: 'starter', limitOverrides: { maxGuests: 50, maxMessagesPerMonth: null } },
        },
      });
    });

    it('validates the input: overrides, trial end, something to change, an existing organization', async () => {
      const { org } = await hotel({ plan: 'starter' });
      const set = superAdmin.client.platform.subscriptions.set;
      for (const input of [
        { organizationId: org.id, limitOverrides: { maxUsers: -1 } },
        { organizationId: org.id, limitOverrides: { maxSeats: 3 } as never },
        { organizationId: org.id, status: 'trialing' as const, trialEndsAt: null },
        { organizationId: org.id, plan: 'gold' as never },
        { organizationId: org.id },
      ]) {
        expect((await expectTrpcError(set.mutate(input))).code).toBe('BAD_REQUEST');
      }
      expect(
        (await expectTrpcError(set.mutate({ organizationId: org.id, status: 'trialing' }))).message,
      ).toBe('A trial needs an end date.');
      expect(
        (
          await expectTrpcError(
            set.mutate({ organizationId: '00000000-0000-4000-8000-000000000000', plan: 'starter' }),
          )
        ).code,
      ).toBe('NOT_FOUND');
    });

    it('usage overview lists every organization with its usage against its limits', async () => {
      const { org } = await hotel({ plan: 'starter', timezone: 'America/New_York' });
      await database.db.withTenant(org.id, (tx) => recordUsage(tx, org.id, 'messages', 12));
      await createTestGuest(database.db, org.id);
      const rows = await superAdmin.client.platform.usageOverview.query();
      const row = rows.find((r) => r.organizationId === org.id);
      expect(row).toMatchObject({
        plan: 'starter',
        subscriptionStatus: 'active',
        readOnly: false,
        billingProvider: 'manual',
        usage: {
          messages: { used: 12, limit: 1_000 },
          users: { used: 2, limit: 5 },
          guests: { used: 1, limit: 1_000 },
          activeConversations: { used: 0, limit: 200 },
          storageBytes: { used: 0, limit: 5 * 1024 ** 3 },
        },
      });
      expect(rows.length).toBeGreaterThan(5);
    });
  });
});

function reason(result: PromiseRejectedResult | undefined): unknown {
  return result?.reason;
}
