import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, DEV_ENCRYPTION_KEY, SecretBox } from '../index.js';
import {
  cloneTestDatabase,
  createTestApiKey,
  createTestAttachment,
  createTestAuditLog,
  createTestAutomationRule,
  createTestAutomationRun,
  createTestBillingEvent,
  createTestCannedResponse,
  createTestChannelAccount,
  createTestConversation,
  createTestConversationRead,
  createTestGuest,
  createTestInvitation,
  createTestKnowledgeArticle,
  createTestMessage,
  createTestNotification,
  createTestOrganization,
  createTestSession,
  createTestStay,
  createTestUsageCounter,
  createTestUser,
  createTestUserProperty,
  createTestWhatsappAuthKey,
  sha256Hex,
  TEST_PASSWORD,
  type TestDatabase,
} from '../testing/index.js';
import type {} from '../testing/provided-context.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { type SeedResult, seedDemoData } from './seed.js';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await cloneTestDatabase(inject('templateDatabase'), 'seed');
  db = database.db;
});

afterAll(async () => {
  await database?.drop();
});

/** Row count of every table the seed writes, for "the second run changed nothing". */
async function tableCounts(): Promise<Record<string, number | string>> {
  return db.withPlatform(async (tx) => ({
    organizations: await tx.organization.count(),
    properties: await tx.property.count(),
    users: await tx.user.count(),
    channelAccounts: await tx.channelAccount.count(),
    guests: await tx.guest.count(),
    stays: await tx.stay.count(),
    conversations: await tx.conversation.count(),
    messages: await tx.message.count(),
    knowledgeArticles: await tx.knowledgeArticle.count(),
    cannedResponses: await tx.cannedResponse.count(),
    // Catches a re-run that re-allocates display ids or touches rows without adding any.
    conversationSeqs: (
      await tx.organization.findMany({ orderBy: { slug: 'asc' }, include: { conversationCounter: true } })
    )
      .map((o) => `${o.slug}:${o.conversationCounter?.lastNumber ?? 0}:${o.updatedAt.toISOString()}`)
      .join(','),
    latestUpdate:
      (await tx.conversation.aggregate({ _max: { updatedAt: true } }))._max.updatedAt?.toISOString() ?? '',
  }));
}

describe('seedDemoData', () => {
  const now = new Date('2026-11-23T10:30:00.000Z');
  let first: SeedResult;
  let second: SeedResult;
  let afterFirst: Record<string, number | string>;
  let elapsedMs = 0;

  beforeAll(async () => {
    const started = performance.now();
    first = await seedDemoData(db, { encryptionKey: DEV_ENCRYPTION_KEY, now });
    elapsedMs = performance.now() - started;
    afterFirst = await tableCounts();
    second = await seedDemoData(db, {
      encryptionKey: DEV_ENCRYPTION_KEY,
      now: new Date(now.getTime() + 86_400_000),
    });
  });

  it('creates the demo data once and changes nothing on the second run', async () => {
    expect(first.created).toBe(true);
    expect(first.counts.organizations).toBe(2);
    expect(first.counts.users).toBe(4);
    expect(first.superAdmin).toMatchObject({ email: 'admin@stayzr.test', created: true });
    expect(first.organizations.map((o) => [o.slug, o.created])).toEqual([
      ['aurora', true],
      ['seaside', true],
    ]);
    expect(elapsedMs).toBeLessThan(20_000);

    expect(second.created).toBe(false);
    expect(Object.values(second.counts).every((n) => n === 0)).toBe(true);
    expect(second.organizations.map((o) => [o.slug, o.created, o.rowsCreated])).toEqual([
      ['aurora', false, 0],
      ['seaside', false, 0],
    ]);
    expect(await tableCounts()).toEqual(afterFirst);
    expect(afterFirst.guests).toBe(first.counts.guests);
  });

  it('creates the four demo logins with the demo password', async () => {
    const users = await db.withPlatform((tx) =>
      tx.user.findMany({ include: { organization: { select: { slug: true } } }, orderBy: { email: 'asc' } }),
    );
    expect(users.map((u) => [u.email, u.role, u.organization?.slug ?? null, u.status])).toEqual([
      ['admin@stayzr.test', 'SUPER_ADMIN', null, 'active'],
      ['frontdesk@aurora.test', 'STAFF', 'aurora', 'active'],
      ['manager@aurora.test', 'ORG_ADMIN', 'aurora', 'active'],
      ['manager@seaside.test', 'ORG_ADMIN', 'seaside', 'active'],
    ]);
    expect(users.find((u) => u.email === 'frontdesk@aurora.test')?.dataScope).toBe('all');
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verify(user.passwordHash, DEMO_PASSWORD), user.email).toBe(true);
      expect(await verify(user.passwordHash, 'wrong-password')).toBe(false);
    }
  });

  it('sets up the two hotels with their plans', async () => {
    const orgs = await db.withPlatform((tx) =>
      tx.organization.findMany({ include: { properties: true }, orderBy: { slug: 'asc' } }),
    );
    expect(
      orgs.map((o) => [o.slug, o.name, o.plan, o.subscriptionStatus, o.aiMode, o.properties.length]),
    ).toEqual([
      ['aurora', 'Hotel Aurora', 'professional', 'active', 'auto', 1],
      ['seaside', 'Seaside Inn', 'starter', 'active', 'off', 1],
    ]);
    expect(orgs[0]?.smsHelpText).toContain('STOP');
  });

  it('gives Aurora SMS, e-mail and WhatsApp channels with the CONTRACT credentials', async () => {
    const box = new SecretBox(DEV_ENCRYPTION_KEY);
    const channels = await db.withPlatform((tx) =>
      tx.channelAccount.findMany({ where: { organization: { slug: 'aurora' } }, orderBy: { type: 'asc' } }),
    );
    expect(channels.map((c) => [c.type, c.provider, c.address, c.status]).sort()).toEqual([
      // Only SMS can send today: the others are pending, with the reason, never shown as active.
      ['email', 'smtp', 'stay@aurora.test', 'pending'],
      ['sms', 'twilio', '+15005550006', 'active'],
      ['whatsapp', 'whatsapp_cloud', '+351210000001', 'pending'],
    ]);
    const config = (type: string) => {
      const sealed = channels.find((c) => c.type === type)?.encryptedConfig;
      if (!sealed) throw new Error(`no config for ${type}`);
      // Sealed, not plain JSON: the token must not be readable from the column.
      expect(sealed).not.toContain('demo');
      return box.decryptJson<Record<string, string>>(sealed);
    };
    expect(config('sms')).toEqual({
      accountSid: 'AC00000000000000000000000000000001',
      authToken: 'aurora-demo-twilio-token',
    });
    expect(config('whatsapp')).toEqual({
      phoneNumberId: '100000000000001',
      verifyToken: 'aurora-demo-verify-token',
      appSecret: 'aurora-demo-app-secret',
      accessToken: 'aurora-demo-access-token',
    });
    expect(config('email')).toEqual({});
  });

  it('gives Seaside SMS and e-mail only, and no knowledge', async () => {
    const box = new SecretBox(DEV_ENCRYPTION_KEY);
    const { channels, knowledge, canned } = await db.withPlatform(async (tx) => ({
      channels: await tx.channelAccount.findMany({ where: { organization: { slug: 'seaside' } } }),
      knowledge: await tx.knowledgeArticle.count({ where: { organization: { slug: 'seaside' } } }),
      canned: await tx.cannedResponse.count({ where: { organization: { slug: 'seaside' } } }),
    }));
    expect(channels.map((c) => `${c.type}:${c.address}`).sort()).toEqual([
      'email:hello@seaside.test',
      'sms:+15005550007',
    ]);
    const sms = channels.find((c) => c.type === 'sms');
    expect(box.decryptJson(sms?.encryptedConfig ?? '')).toEqual({
      accountSid: 'AC00000000000000000000000000000002',
      authToken: 'seaside-demo-twilio-token',
    });
    expect(knowledge).toBe(0);
    expect(canned).toBeGreaterThan(0);
  });

  it('seeds Aurora knowledge and slash-less canned response shortcuts', async () => {
    const { articles, shortcuts } = await db.withPlatform(async (tx) => ({
      articles: await tx.knowledgeArticle.findMany({ where: { organization: { slug: 'aurora' } } }),
      shortcuts: (await tx.cannedResponse.findMany({ where: { organization: { slug: 'aurora' } } })).map(
        (c) => c.shortcut,
      ),
    }));
    const text = articles.map((a) => `${a.title} ${a.body}`).join('\n');
    for (const topic of [/check-in/i, /check-out/i, /parking/i, /wi-fi/i, /breakfast/i])
      expect(text).toMatch(topic);
    expect(shortcuts).toEqual(expect.arrayContaining(['wifi', 'checkout', 'parking']));
  });

  it('numbers conversations 1..n per organization and keeps its conversation counter at n', async () => {
    const orgs = await db.withPlatform((tx) =>
      tx.organization.findMany({
        include: {
          conversations: { include: { channelAccount: true } },
          channelAccounts: true,
          conversationCounter: true,
        },
      }),
    );
    for (const org of orgs) {
      const ids = org.conversations.map((c) => c.displayId).sort((a, b) => a - b);
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
      expect(org.conversationCounter?.lastNumber ?? 0).toBe(ids.length);
      // Allocated in creation order, as the app does: a higher number never predates a lower one.
      const byDisplayId = [...org.conversations].sort((x, y) => x.displayId - y.displayId);
      const created = byDisplayId.map((c) => c.createdAt.getTime());
      expect(created).toEqual([...created].sort((x, y) => x - y));
      // Every channel the hotel has carries at least one conversation.
      const used = new Set(org.conversations.map((c) => c.channelAccount.type));
      expect([...used].sort()).toEqual(org.channelAccounts.map((c) => c.type).sort());
      expect(new Set(org.conversations.map((c) => c.status))).toEqual(
        new Set(['open', 'pending', 'snoozed', 'resolved']),
      );
    }
  });

  it('keeps the inbox fields consistent with the messages', async () => {
    const conversations = await db.withPlatform((tx) =>
      tx.conversation.findMany({ include: { messages: { orderBy: { createdAt: 'asc' } } } }),
    );
    for (const c of conversations) {
      const visible = c.messages.filter((m) => !m.isPrivateNote);
      const last = visible.at(-1);
      expect(c.lastMessageAt, c.replyToken).toEqual(last?.createdAt);
      expect(c.lastMessagePreview?.slice(0, 40)).toBe(last?.body.replace(/\s+/g, ' ').slice(0, 40));
      const inbound = visible.filter((m) => m.direction === 'inbound');
      expect(c.lastInboundAt).toEqual(inbound.at(-1)?.createdAt ?? null);
      if (c.status === 'resolved') expect(c.waitingSince).toBeNull();
      if (c.status === 'snoozed') expect(c.snoozedUntil?.getTime()).toBeGreaterThan(now.getTime());
      if (last?.direction === 'inbound' && c.status !== 'resolved') expect(c.waitingSince).not.toBeNull();
      for (const m of c.messages) {
        expect(m.organizationId).toBe(c.organizationId);
        expect(m.channelAccountId).toBe(c.channelAccountId);
      }
    }
    expect(conversations.some((c) => c.assigneeId === null)).toBe(true);
    expect(conversations.some((c) => c.assigneeId !== null)).toBe(true);
  });

  it('has received, sent, delivered, read and failed messages, a private note and threaded e-mail', async () => {
    const messages = await db.withPlatform((tx) =>
      tx.message.findMany({ include: { channelAccount: { select: { type: true } } } }),
    );
    const statuses = new Set(messages.map((m) => m.status));
    for (const status of ['received', 'sent', 'delivered', 'read', 'failed'])
      expect(statuses).toContain(status);
    const failed = messages.filter((m) => m.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ errorCode: '30003', errorMessage: 'Unreachable destination handset' });
    expect(messages.filter((m) => m.direction === 'inbound').every((m) => m.status === 'received')).toBe(
      true,
    );
    const notes = messages.filter((m) => m.isPrivateNote);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.senderType === 'staff' && n.senderUserId && n.externalId === null)).toBe(
      true,
    );
    expect(messages.some((m) => m.senderType === 'ai')).toBe(true);
    const emails = messages.filter((m) => m.channelAccount.type === 'email');
    expect(emails.length).toBeGreaterThan(0);
    for (const m of emails) expect(m.metadata).toMatchObject({ messageId: m.externalId });
    expect(emails.some((m) => (m.metadata as { inReplyTo: string | null }).inReplyTo !== null)).toBe(true);
    const emailConversations = await db.withPlatform((tx) =>
      tx.conversation.findMany({ where: { channelAccount: { type: 'email' } } }),
    );
    expect(emailConversations.every((c) => c.subject)).toBe(true);
  });

  it('has past, in-house and upcoming stays relative to now in each hotel', async () => {
    const orgs = await db.withPlatform((tx) => tx.organization.findMany({ include: { stays: true } }));
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    for (const org of orgs) {
      const past = org.stays.filter((s) => s.checkOut < today);
      const inHouse = org.stays.filter((s) => s.checkIn <= today && s.checkOut > today);
      const upcoming = org.stays.filter((s) => s.checkIn > today);
      expect(past.length, org.slug).toBeGreaterThan(0);
      expect(inHouse.length, org.slug).toBeGreaterThan(0);
      expect(upcoming.length, org.slug).toBeGreaterThan(0);
      expect(past.every((s) => s.status === 'checked_out')).toBe(true);
      expect(inHouse.every((s) => s.status === 'checked_in')).toBe(true);
    }
  });

  it('stores guests with valid-looking E.164 numbers, reachable through their organization only', async () => {
    const [aurora, seaside] = await db.withPlatform((tx) =>
      tx.organization.findMany({ orderBy: { slug: 'asc' }, select: { id: true } }),
    );
    const auroraGuests = await db.withTenant(aurora!.id, (tx) => tx.guest.findMany());
    const seasideGuests = await db.withTenant(seaside!.id, (tx) => tx.guest.findMany());
    expect(auroraGuests.length).toBeGreaterThanOrEqual(8);
    expect(seasideGuests.length).toBeGreaterThanOrEqual(8);
    for (const guest of [...auroraGuests, ...seasideGuests]) {
      if (guest.phoneE164) expect(guest.phoneE164).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(guest.phoneE164 ?? guest.email).toBeTruthy();
    }
    expect(auroraGuests.every((g) => g.organizationId === aurora!.id)).toBe(true);
    expect(new Set(auroraGuests.map((g) => g.language)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('test factories', () => {
  it('creates an organization with a property, and users whose password verifies', async () => {
    const org = await createTestOrganization(db);
    expect(org.property.organizationId).toBe(org.id);
    expect(org.plan).toBe('professional');
    const staff = await createTestUser(db, org.id);
    const admin = await createTestUser(db, null);
    expect(staff.role).toBe('STAFF');
    expect(admin).toMatchObject({ role: 'SUPER_ADMIN', organizationId: null });
    expect(await verify(staff.passwordHash, TEST_PASSWORD)).toBe(true);
    const other = await createTestOrganization(db, { plan: 'starter', property: { name: 'Annex' } });
    expect(other.slug).not.toBe(org.slug);
    expect(other.property.name).toBe('Annex');
  });

  it('allocates conversation display ids from the organization sequence', async () => {
    const org = await createTestOrganization(db);
    const c1 = await createTestConversation(db, org.id);
    const c2 = await createTestConversation(db, org.id, {
      guestId: c1.guestId,
      channelAccountId: c1.channelAccountId,
    });
    expect([c1.displayId, c2.displayId]).toEqual([1, 2]);
    expect(c2.propertyId).toBe(org.property.id);
    const message = await createTestMessage(db, c1);
    const reply = await createTestMessage(db, c1, {
      direction: 'outbound',
      senderType: 'staff',
      status: 'queued',
    });
    expect(message.externalId).not.toBe(reply.externalId);
    const attachment = await createTestAttachment(db, message);
    expect(attachment.sizeBytes).toBe(attachment.content?.length);
    const counter = await db.withPlatform((tx) =>
      tx.conversationCounter.findUniqueOrThrow({ where: { organizationId: org.id } }),
    );
    expect(counter.lastNumber).toBe(2);
  });

  it('creates channel accounts with unique addresses and sealed configs', async () => {
    const org = await createTestOrganization(db);
    const accounts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createTestChannelAccount(db, org.id, { type: (['sms', 'whatsapp', 'email'] as const)[i % 3] }),
      ),
    );
    expect(new Set(accounts.map((a) => a.address)).size).toBe(10);
    const sms = await createTestChannelAccount(db, org.id, { config: { accountSid: 'AC1', authToken: 't' } });
    expect(new SecretBox(DEV_ENCRYPTION_KEY).decryptJson(sms.encryptedConfig ?? '')).toEqual({
      accountSid: 'AC1',
      authToken: 't',
    });
  });

  it('returns raw tokens whose sha256 is stored', async () => {
    const org = await createTestOrganization(db);
    const user = await createTestUser(db, org.id, { role: 'ORG_ADMIN' });
    const session = await createTestSession(db, user);
    expect(session.tokenHash).toBe(sha256Hex(session.token));
    const invitation = await createTestInvitation(db, org.id, { invitedById: user.id });
    expect(invitation.tokenHash).toBe(sha256Hex(invitation.token));
    const apiKey = await createTestApiKey(db, org.id);
    expect(apiKey.key.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.keyHash).toBe(sha256Hex(apiKey.key));
  });

  it('creates a row of every other model', async () => {
    const org = await createTestOrganization(db);
    const user = await createTestUser(db, org.id);
    const guest = await createTestGuest(db, org.id, { language: 'fr' });
    const stay = await createTestStay(db, org.id, { guestId: guest.id });
    expect(stay.checkOut.getTime() - stay.checkIn.getTime()).toBe(2 * 86_400_000);
    const conversation = await createTestConversation(db, org.id, { guestId: guest.id, assigneeId: user.id });
    const rule = await createTestAutomationRule(db, org.id);
    const run = await createTestAutomationRun(db, rule, { stayId: stay.id });
    const whatsapp = await createTestChannelAccount(db, org.id, { type: 'whatsapp' });
    const rows = [
      await createTestUserProperty(db, {
        organizationId: org.id,
        userId: user.id,
        propertyId: org.property.id,
      }),
      await createTestConversationRead(db, conversation, user),
      await createTestKnowledgeArticle(db, org.id),
      await createTestCannedResponse(db, org.id),
      await createTestNotification(db, org.id),
      await createTestAuditLog(db, org.id, { actorUserId: user.id }),
      await createTestAuditLog(db, null),
      await createTestUsageCounter(db, org.id, { value: 5n }),
      await createTestWhatsappAuthKey(db, whatsapp),
      await createTestBillingEvent(db),
      run,
    ];
    expect(rows.every(Boolean)).toBe(true);
    // Rows made by factories are visible through the tenant scope of their organization.
    const seen = await db.withTenant(org.id, async (tx) => ({
      guests: await tx.guest.count(),
      knowledge: await tx.knowledgeArticle.count(),
      runs: await tx.automationRun.count(),
    }));
    expect(seen).toEqual({ guests: 1, knowledge: 1, runs: 1 });
  });
});
