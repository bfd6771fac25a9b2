/**
 * Test factories: one `createTest<Model>(db, ...)` per model. Each runs in `db.withPlatform` (tests set
 * up rows for any organization), returns the created row, and fills every unique column with a value
 * made unique by a per-process random prefix plus a counter, so test files running in parallel against
 * one database never collide. Pass overrides for anything a test cares about; parents that are not
 * given (guest, channel account, property...) are created or looked up for you.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Algorithm, hash } from '@node-rs/argon2';
import {
  type ApiKey,
  type Attachment,
  type AuditLog,
  type AutomationRule,
  type AutomationRun,
  type BillingEvent,
  type CannedResponse,
  type ChannelAccount,
  type ChannelProvider,
  type ChannelType,
  type Conversation,
  type ConversationRead,
  type Database,
  DEV_ENCRYPTION_KEY,
  type Guest,
  type Invitation,
  type KnowledgeArticle,
  type Message,
  type Notification,
  type Organization,
  type Prisma,
  type Property,
  SecretBox,
  type Session,
  type Stay,
  type Tx,
  type UsageCounter,
  type User,
  type UserProperty,
  type WhatsappAuthKey,
} from '../index.js';
import { takeConversationNumber } from '../queries/conversation-numbers.js';

/** Password of every user made by createTestUser. */
export const TEST_PASSWORD = 'correct-horse-battery';

const RUN_ID = randomBytes(3).toString('hex');
let counter = 0;

/** A short string unique within the test run (across processes too): random prefix + base-36 counter. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${RUN_ID}${counter.toString(36)}`;
}

const DIGITS_BASE = randomBytes(8).readBigUInt64BE();

/**
 * `length` digits, never repeated within this process (the counter times a stride coprime with 10^length
 * walks every value before repeating) and unlikely to meet another process's (random per-process base).
 */
function uniqueDigits(length: number): string {
  counter += 1;
  const modulus = 10n ** BigInt(length);
  return ((DIGITS_BASE + BigInt(counter) * 7919n) % modulus).toString().padStart(length, '0');
}

/** UK mobile numbers (+44 7400 xxxxxx): valid for libphonenumber, never a real guest in tests. */
export function uniquePhoneE164(): string {
  return `+447400${uniqueDigits(6)}`;
}

/** sha256 hex, the stored form of session, invitation and API key tokens. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

// Algorithm.Argon2id, spelled out: an ambient const enum that isolatedModules cannot read.
const ARGON2ID = 2 as Algorithm;

let passwordHash: Promise<string> | undefined;

/** argon2id hash of TEST_PASSWORD with the production parameters, computed once per process. */
export function testPasswordHash(): Promise<string> {
  passwordHash ??= hash(TEST_PASSWORD, {
    algorithm: ARGON2ID,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  return passwordHash;
}

const utcMidnight = (date: Date, plusDays = 0): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + plusDays));

async function firstPropertyId(tx: Tx, organizationId: string): Promise<string> {
  const property = await tx.property.findFirst({
    where: { organizationId },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  if (!property) throw new Error(`organization ${organizationId} has no property`);
  return property.id;
}

// Organizations and users ----------------------------------------------------------------------------

export type TestOrganization = Organization & { property: Property };

export type TestOrganizationOverrides = Partial<Prisma.OrganizationUncheckedCreateInput> & {
  property?: Partial<Omit<Prisma.PropertyUncheckedCreateInput, 'organizationId'>>;
};

/**
 * An organization with one property. Defaults to an active professional plan, so feature gates are
 * open unless a test picks another plan.
 */
export async function createTestOrganization(
  db: Database,
  overrides: TestOrganizationOverrides = {},
): Promise<TestOrganization> {
  const { property: propertyOverrides, ...orgOverrides } = overrides;
  const suffix = uniqueSuffix();
  return db.withPlatform(async (tx) => {
    const org = await tx.organization.create({
      data: {
        slug: `test-org-${suffix}`,
        name: `Test Hotel ${suffix}`,
        plan: 'professional',
        subscriptionStatus: 'active',
        timezone: 'UTC',
        country: 'US',
        ...orgOverrides,
      },
    });
    const property = await tx.property.create({
      data: {
        name: org.name,
        timezone: org.timezone,
        country: org.country,
        ...propertyOverrides,
        organizationId: org.id,
      },
    });
    return { ...org, property };
  });
}

export async function createTestProperty(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.PropertyUncheckedCreateInput> = {},
): Promise<Property> {
  return db.withPlatform((tx) =>
    tx.property.create({ data: { organizationId, name: `Test Property ${uniqueSuffix()}`, ...overrides } }),
  );
}

/**
 * A user whose password is TEST_PASSWORD. `organizationId` null makes a super admin; otherwise the role
 * defaults to STAFF (least privilege: tests that need an admin say so).
 */
export async function createTestUser(
  db: Database,
  organizationId: string | null,
  overrides: Partial<Prisma.UserUncheckedCreateInput> = {},
): Promise<User> {
  const passwordHash = await testPasswordHash();
  const suffix = uniqueSuffix();
  return db.withPlatform((tx) =>
    tx.user.create({
      data: {
        organizationId,
        email: `user-${suffix}@test.stayzr.test`,
        name: `Test User ${suffix}`,
        passwordHash,
        role: organizationId === null ? 'SUPER_ADMIN' : 'STAFF',
        status: 'active',
        dataScope: 'all',
        ...overrides,
      },
    }),
  );
}

export async function createTestUserProperty(
  db: Database,
  link: { organizationId: string; userId: string; propertyId: string },
): Promise<UserProperty> {
  return db.withPlatform((tx) => tx.userProperty.create({ data: link }));
}

/** Returns the row plus the raw `token` (what the cookie carries); the row stores its sha256 hex. */
export async function createTestSession(
  db: Database,
  user: Pick<User, 'id'>,
  overrides: Partial<Prisma.SessionUncheckedCreateInput> = {},
): Promise<Session & { token: string }> {
  const token = randomBytes(32).toString('base64url');
  const session = await db.withPlatform((tx) =>
    tx.session.create({
      data: {
        userId: user.id,
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + 7 * 24 * 3_600_000),
        ...overrides,
      },
    }),
  );
  return { ...session, token };
}

/** Returns the row plus the raw `token` of the invitation link; the row stores its sha256 hex. */
export async function createTestInvitation(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.InvitationUncheckedCreateInput> = {},
): Promise<Invitation & { token: string }> {
  const token = randomBytes(32).toString('base64url');
  const invitation = await db.withPlatform((tx) =>
    tx.invitation.create({
      data: {
        organizationId,
        email: `invitee-${uniqueSuffix()}@test.stayzr.test`,
        role: 'STAFF',
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + 7 * 24 * 3_600_000),
        ...overrides,
      },
    }),
  );
  return { ...invitation, token };
}

/** Returns the row plus the raw `key` (`stz_<prefix>_<secret>`); the row stores the prefix and sha256 hex. */
export async function createTestApiKey(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.ApiKeyUncheckedCreateInput> = {},
): Promise<ApiKey & { key: string }> {
  const prefix = `stz_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(24).toString('base64url')}`;
  const apiKey = await db.withPlatform((tx) =>
    tx.apiKey.create({
      data: {
        organizationId,
        name: `Test key ${uniqueSuffix()}`,
        prefix,
        keyHash: sha256Hex(key),
        scopes: [],
        ...overrides,
      },
    }),
  );
  return { ...apiKey, key };
}

// Guests and stays ----------------------------------------------------------------------------------

export async function createTestGuest(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.GuestUncheckedCreateInput> = {},
): Promise<Guest> {
  const suffix = uniqueSuffix();
  return db.withPlatform((tx) =>
    tx.guest.create({
      data: {
        organizationId,
        name: `Guest ${suffix}`,
        phoneE164: uniquePhoneE164(),
        email: `guest-${suffix}@example.com`,
        language: 'en',
        ...overrides,
      },
    }),
  );
}

/**
 * A booked stay from today (UTC) for two nights. Without `guestId` a new guest is created; without
 * `propertyId` the organization's first property is used.
 */
export async function createTestStay(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.StayUncheckedCreateInput> = {},
): Promise<Stay> {
  const guestId = overrides.guestId ?? (await createTestGuest(db, organizationId)).id;
  const today = utcMidnight(new Date());
  return db.withPlatform(async (tx) =>
    tx.stay.create({
      data: {
        organizationId,
        propertyId: overrides.propertyId ?? (await firstPropertyId(tx, organizationId)),
        guestId,
        room: '101',
        checkIn: today,
        checkOut: utcMidnight(today, 2),
        status: 'booked',
        confirmationCode: `TST-${uniqueSuffix().toUpperCase()}`,
        ...overrides,
      },
    }),
  );
}

// Channels ------------------------------------------------------------------------------------------

const DEFAULT_PROVIDER: Record<ChannelType, ChannelProvider> = {
  sms: 'twilio',
  whatsapp: 'baileys',
  email: 'smtp',
};

function defaultChannelConfig(provider: ChannelProvider, suffix: string): Record<string, string> {
  switch (provider) {
    case 'twilio':
      return { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: `test-auth-token-${suffix}` };
    case 'whatsapp_cloud':
      return {
        phoneNumberId: uniqueDigits(15),
        verifyToken: `test-verify-token-${suffix}`,
        appSecret: `test-app-secret-${suffix}`,
        accessToken: `test-access-token-${suffix}`,
      };
    case 'smtp':
    case 'baileys':
      return {};
  }
}

export type TestChannelAccountOverrides = Partial<Prisma.ChannelAccountUncheckedCreateInput> & {
  /** Provider credentials to seal into encryptedConfig (default: made-up ones for the provider). */
  config?: Record<string, unknown>;
  /** Key to seal the config with; DEV_ENCRYPTION_KEY unless the test uses its own. */
  encryptionKey?: string;
};

/**
 * An active channel account on the organization's first property. Type defaults to sms; the provider
 * follows the type (sms twilio, whatsapp baileys, email smtp) and the address is unique per run.
 */
export async function createTestChannelAccount(
  db: Database,
  organizationId: string,
  overrides: TestChannelAccountOverrides = {},
): Promise<ChannelAccount> {
  const { config, encryptionKey, ...data } = overrides;
  const type = data.type ?? 'sms';
  const provider = data.provider ?? DEFAULT_PROVIDER[type];
  const suffix = uniqueSuffix();
  const address = type === 'email' ? `inbox-${suffix}@hotel.stayzr.test` : `+44780${uniqueDigits(7)}`;
  const encryptedConfig = new SecretBox(encryptionKey ?? DEV_ENCRYPTION_KEY).encryptJson(
    config ?? defaultChannelConfig(provider, suffix),
  );
  return db.withPlatform(async (tx) =>
    tx.channelAccount.create({
      data: {
        organizationId,
        propertyId: data.propertyId ?? (await firstPropertyId(tx, organizationId)),
        type,
        provider,
        name: `Test ${type} ${suffix}`,
        address,
        encryptedConfig,
        status: 'active',
        ...data,
      },
    }),
  );
}

export async function createTestWhatsappAuthKey(
  db: Database,
  channelAccount: Pick<ChannelAccount, 'id' | 'organizationId'>,
  overrides: Partial<Prisma.WhatsappAuthKeyUncheckedCreateInput> = {},
): Promise<WhatsappAuthKey> {
  return db.withPlatform((tx) =>
    tx.whatsappAuthKey.create({
      data: {
        organizationId: channelAccount.organizationId,
        channelAccountId: channelAccount.id,
        type: 'pre-key',
        keyId: uniqueSuffix(),
        value: JSON.stringify({ test: true }),
        ...overrides,
      },
    }),
  );
}

// Conversations and messages ------------------------------------------------------------------------

/** Next per-organization display id, allocated the way the app does (one atomic UPDATE). */
export async function allocateTestDisplayId(tx: Tx, organizationId: string): Promise<number> {
  return takeConversationNumber(tx, organizationId);
}

/**
 * An open conversation. Without `guestId` / `channelAccountId` a new guest / SMS channel account is
 * created; the property follows the channel account. `displayId` comes from the organization's sequence
 * unless overridden.
 */
export async function createTestConversation(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.ConversationUncheckedCreateInput> = {},
): Promise<Conversation> {
  const guestId = overrides.guestId ?? (await createTestGuest(db, organizationId)).id;
  const channel = overrides.channelAccountId
    ? { id: overrides.channelAccountId, propertyId: overrides.propertyId }
    : await createTestChannelAccount(db, organizationId, {
        ...(overrides.propertyId ? { propertyId: overrides.propertyId } : {}),
      });
  return db.withPlatform(async (tx) => {
    let propertyId = overrides.propertyId ?? channel.propertyId;
    if (!propertyId) {
      const account = await tx.channelAccount.findUniqueOrThrow({
        where: { id: channel.id },
        select: { propertyId: true },
      });
      propertyId = account.propertyId;
    }
    return tx.conversation.create({
      data: {
        organizationId,
        propertyId,
        displayId: overrides.displayId ?? (await allocateTestDisplayId(tx, organizationId)),
        guestId,
        channelAccountId: channel.id,
        status: 'open',
        replyToken: randomBytes(16).toString('base64url'),
        ...overrides,
      },
    });
  });
}

/**
 * An inbound guest message (status received) with a unique external id. Does not touch the
 * conversation's denormalized fields (lastMessageAt, preview...): set those on the conversation if a
 * test reads them.
 */
export async function createTestMessage(
  db: Database,
  conversation: Pick<Conversation, 'id' | 'organizationId' | 'channelAccountId'>,
  overrides: Partial<Prisma.MessageUncheckedCreateInput> = {},
): Promise<Message> {
  return db.withPlatform((tx) =>
    tx.message.create({
      data: {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        channelAccountId: conversation.channelAccountId,
        direction: 'inbound',
        senderType: 'guest',
        body: 'Hello, is early check-in possible?',
        status: 'received',
        externalId: `test-${uniqueSuffix()}`,
        ...overrides,
      },
    }),
  );
}

export async function createTestAttachment(
  db: Database,
  message: Pick<Message, 'id' | 'organizationId'>,
  overrides: Partial<Prisma.AttachmentUncheckedCreateInput> = {},
): Promise<Attachment> {
  const content = Buffer.from('attachment content for tests\n');
  return db.withPlatform((tx) =>
    tx.attachment.create({
      data: {
        organizationId: message.organizationId,
        messageId: message.id,
        fileName: `file-${uniqueSuffix()}.txt`,
        contentType: 'text/plain',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content: new Uint8Array(content),
        ...overrides,
      },
    }),
  );
}

export async function createTestConversationRead(
  db: Database,
  conversation: Pick<Conversation, 'id' | 'organizationId'>,
  user: Pick<User, 'id'>,
  overrides: Partial<Prisma.ConversationReadUncheckedCreateInput> = {},
): Promise<ConversationRead> {
  return db.withPlatform((tx) =>
    tx.conversationRead.create({
      data: {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        userId: user.id,
        lastReadAt: new Date(),
        ...overrides,
      },
    }),
  );
}

// Knowledge, automation, canned responses -----------------------------------------------------------

export async function createTestKnowledgeArticle(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.KnowledgeArticleUncheckedCreateInput> = {},
): Promise<KnowledgeArticle> {
  return db.withPlatform((tx) =>
    tx.knowledgeArticle.create({
      data: {
        organizationId,
        title: `Article ${uniqueSuffix()}`,
        body: 'Check-in is from 15:00 and check-out is until 11:00.',
        tags: ['test'],
        published: true,
        ...overrides,
      },
    }),
  );
}

export async function createTestCannedResponse(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.CannedResponseUncheckedCreateInput> = {},
): Promise<CannedResponse> {
  const suffix = uniqueSuffix();
  return db.withPlatform((tx) =>
    tx.cannedResponse.create({
      data: {
        organizationId,
        shortcut: `canned${suffix}`,
        title: `Canned ${suffix}`,
        body: 'Our Wi-Fi password is test1234.',
        ...overrides,
      },
    }),
  );
}

/** An enabled rule on message_received with no conditions and one send_message action. */
export async function createTestAutomationRule(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.AutomationRuleUncheckedCreateInput> = {},
): Promise<AutomationRule> {
  return db.withPlatform((tx) =>
    tx.automationRule.create({
      data: {
        organizationId,
        name: `Rule ${uniqueSuffix()}`,
        trigger: 'message_received',
        offsetMinutes: 0,
        conditions: {},
        actions: [{ type: 'send_message', body: 'Thanks, we will get back to you shortly.' }],
        enabled: true,
        ...overrides,
      },
    }),
  );
}

export async function createTestAutomationRun(
  db: Database,
  rule: Pick<AutomationRule, 'id' | 'organizationId'>,
  overrides: Partial<Prisma.AutomationRunUncheckedCreateInput> = {},
): Promise<AutomationRun> {
  return db.withPlatform((tx) =>
    tx.automationRun.create({
      data: { organizationId: rule.organizationId, ruleId: rule.id, status: 'pending', ...overrides },
    }),
  );
}

// Usage, notifications, audit, billing --------------------------------------------------------------

/** A counter for the current month (UTC), metric `messages` unless overridden. */
export async function createTestUsageCounter(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.UsageCounterUncheckedCreateInput> = {},
): Promise<UsageCounter> {
  const now = new Date();
  return db.withPlatform((tx) =>
    tx.usageCounter.create({
      data: {
        organizationId,
        metric: 'messages',
        periodStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
        value: 0n,
        ...overrides,
      },
    }),
  );
}

export async function createTestNotification(
  db: Database,
  organizationId: string,
  overrides: Partial<Prisma.NotificationUncheckedCreateInput> = {},
): Promise<Notification> {
  const suffix = uniqueSuffix();
  return db.withPlatform((tx) =>
    tx.notification.create({
      data: {
        organizationId,
        kind: 'test',
        title: `Notification ${suffix}`,
        dedupeKey: `test:${suffix}`,
        ...overrides,
      },
    }),
  );
}

/** `organizationId` null for platform-level entries. */
export async function createTestAuditLog(
  db: Database,
  organizationId: string | null,
  overrides: Partial<Prisma.AuditLogUncheckedCreateInput> = {},
): Promise<AuditLog> {
  return db.withPlatform((tx) =>
    tx.auditLog.create({
      data: {
        organizationId,
        actorType: 'system',
        action: 'test.action',
        requestId: randomUUID(),
        ...overrides,
      },
    }),
  );
}

export async function createTestBillingEvent(
  db: Database,
  overrides: Partial<Prisma.BillingEventUncheckedCreateInput> = {},
): Promise<BillingEvent> {
  return db.withPlatform((tx) =>
    tx.billingEvent.create({
      data: { id: `evt_test_${uniqueSuffix()}`, provider: 'stripe', type: 'test.event', ...overrides },
    }),
  );
}
