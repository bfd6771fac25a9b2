import { createHash } from 'node:crypto';
import { type Algorithm, hash } from '@node-rs/argon2';
import {
  type ChannelAccount,
  type Database,
  type Guest,
  type MessageStatus,
  type Prisma,
  type Property,
  SecretBox,
  type Tx,
} from '../index.js';
import { takeConversationNumber } from '../queries/conversation-numbers.js';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_SUPER_ADMIN,
  type DemoChannel,
  type DemoConversation,
  type DemoMessage,
  type DemoOrganization,
  type DemoUser,
} from './demo-data.js';

export interface SeedOptions {
  /** APP_ENCRYPTION_KEY (or DEV_ENCRYPTION_KEY outside production): seals the channel credentials. */
  encryptionKey: string;
  log?: (line: string) => void;
  /** Reference time for relative dates and message times; defaults to the current time. */
  now?: Date;
}

/** Rows created by one run, per kind. */
export interface SeedCounts {
  organizations: number;
  properties: number;
  users: number;
  channelAccounts: number;
  guests: number;
  stays: number;
  conversations: number;
  messages: number;
  knowledgeArticles: number;
  cannedResponses: number;
}

export interface SeededOrganization {
  id: string;
  slug: string;
  name: string;
  /** True when this run created the organization row itself. */
  created: boolean;
  /** Rows of any kind this run created for the organization (0 = it was already complete). */
  rowsCreated: number;
}

export interface SeedResult {
  /** False when every demo row already existed: the run changed nothing. */
  created: boolean;
  organizations: SeededOrganization[];
  superAdmin: { id: string; email: string; created: boolean };
  counts: SeedCounts;
}

// Algorithm.Argon2id: the package declares Algorithm as an ambient const enum, which isolatedModules cannot
// read (and its runtime object is empty), so the value is spelled out.
const ARGON2ID = 2 as Algorithm;
const PASSWORD_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const PREVIEW_LENGTH = 140;
/** Serializes concurrent seed runs (e.g. `npm run dev` racing a manual `db:seed`) instead of failing on unique keys. */
const SEED_LOCK_KEY = 'stayzr:demo-seed';
/** ~100 small statements per organization; generous for a slow CI box, still short of "hung". */
const ORG_TRANSACTION_TIMEOUT_MS = 60_000;

const emptyCounts = (): SeedCounts => ({
  organizations: 0,
  properties: 0,
  users: 0,
  channelAccounts: 0,
  guests: 0,
  stays: 0,
  conversations: 0,
  messages: 0,
  knowledgeArticles: 0,
  cannedResponses: 0,
});

const sumCounts = (counts: SeedCounts): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Creates the demo organizations, users, channels, guests, stays and conversations of CONTRACT.md.
 * Idempotent: every row is looked up by its natural key first and only missing rows are created; existing
 * rows are never modified, so a second run (or a run against a database someone has been clicking around
 * in) changes nothing. Writes run as the platform role because seeding is a cross-organization system task.
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const box = new SecretBox(options.encryptionKey);
  const total = emptyCounts();
  const passwordHashes = await hashMissingPasswords(db);

  const superAdmin = await db.withPlatform(async (tx) => {
    await lockSeed(tx);
    const counts = emptyCounts();
    const user = await ensureUser(tx, null, DEMO_SUPER_ADMIN, passwordHashes, counts);
    addCounts(total, counts);
    return { id: user.id, email: user.email, created: counts.users > 0 };
  });
  log(`${DEMO_SUPER_ADMIN.email}: ${superAdmin.created ? 'created' : 'already present'}`);

  const organizations: SeededOrganization[] = [];
  for (const demo of DEMO_ORGANIZATIONS) {
    // One transaction per organization: a failure leaves that organization either complete or absent.
    const seeded = await db.withPlatform(
      async (tx) => {
        await lockSeed(tx);
        const counts = emptyCounts();
        const org = await seedOrganization(tx, demo, { now, box, counts, passwordHashes });
        return { org, counts };
      },
      { timeoutMs: ORG_TRANSACTION_TIMEOUT_MS },
    );
    addCounts(total, seeded.counts);
    const rowsCreated = sumCounts(seeded.counts);
    organizations.push({ ...seeded.org, rowsCreated });
    log(
      rowsCreated === 0
        ? `${demo.name} (${demo.slug}): already present`
        : `${demo.name} (${demo.slug}): created ${describeCounts(seeded.counts)}`,
    );
  }

  return { created: sumCounts(total) > 0, organizations, superAdmin, counts: total };
}

/** "2 organizations, 18 guests, ..." listing only the kinds that were created. */
export function describeCounts(counts: SeedCounts): string {
  const labels: Record<keyof SeedCounts, [string, string]> = {
    organizations: ['organization', 'organizations'],
    properties: ['property', 'properties'],
    users: ['user', 'users'],
    channelAccounts: ['channel account', 'channel accounts'],
    guests: ['guest', 'guests'],
    stays: ['stay', 'stays'],
    conversations: ['conversation', 'conversations'],
    messages: ['message', 'messages'],
    knowledgeArticles: ['knowledge article', 'knowledge articles'],
    cannedResponses: ['canned response', 'canned responses'],
  };
  const parts = (Object.keys(labels) as (keyof SeedCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${labels[key][counts[key] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

interface OrgContext {
  now: Date;
  box: SecretBox;
  counts: SeedCounts;
  passwordHashes: ReadonlyMap<string, string>;
}

async function seedOrganization(
  tx: Tx,
  demo: DemoOrganization,
  ctx: OrgContext,
): Promise<Omit<SeededOrganization, 'rowsCreated'>> {
  const { counts } = ctx;
  let org = await tx.organization.findUnique({ where: { slug: demo.slug } });
  const orgCreated = !org;
  if (!org) {
    org = await tx.organization.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        plan: demo.plan,
        subscriptionStatus: demo.subscriptionStatus,
        timezone: demo.timezone,
        country: demo.country,
        aiMode: demo.aiMode,
        smsHelpText: demo.smsHelpText,
      },
    });
    counts.organizations++;
  }
  const organizationId = org.id;

  const property = await ensureProperty(tx, organizationId, demo, counts);

  const userIds = new Map<string, string>();
  for (const demoUser of demo.users) {
    const user = await ensureUser(tx, organizationId, demoUser, ctx.passwordHashes, counts);
    userIds.set(demoUser.email, user.id);
  }
  const userId = (email: string): string => {
    const id = userIds.get(email);
    if (!id) throw new Error(`demo data: ${email} is not a user of ${demo.slug}`);
    return id;
  };

  const channels = new Map<string, ChannelAccount>();
  for (const channel of demo.channels) {
    channels.set(channel.key, await ensureChannel(tx, organizationId, property.id, channel, ctx));
  }

  const guests = new Map<string, Guest>();
  for (const demoGuest of demo.guests) {
    let guest = await tx.guest.findFirst({
      where: {
        organizationId,
        OR: [
          ...(demoGuest.phoneE164 ? [{ phoneE164: demoGuest.phoneE164 }] : []),
          ...(demoGuest.email ? [{ email: demoGuest.email }] : []),
        ],
      },
    });
    if (!guest) {
      guest = await tx.guest.create({
        data: {
          organizationId,
          name: demoGuest.name,
          phoneE164: demoGuest.phoneE164 ?? null,
          email: demoGuest.email ?? null,
          // Baileys-style JID, the form the WhatsApp inbound path matches guests on.
          whatsappJid:
            demoGuest.whatsapp && demoGuest.phoneE164
              ? `${demoGuest.phoneE164.slice(1)}@s.whatsapp.net`
              : null,
          language: demoGuest.language,
          notes: demoGuest.notes ?? null,
        },
      });
      counts.guests++;
    }
    guests.set(demoGuest.key, guest);
  }
  const guestOf = (key: string): Guest => {
    const guest = guests.get(key);
    if (!guest) throw new Error(`demo data: unknown guest ${key} in ${demo.slug}`);
    return guest;
  };

  // Stay dates are calendar dates at the hotel, so "today" is the hotel's local date, not UTC's.
  const today = localDate(ctx.now, demo.timezone);
  for (const stay of demo.stays) {
    const existing = await tx.stay.findFirst({
      where: { propertyId: property.id, confirmationCode: stay.confirmationCode },
      select: { id: true },
    });
    if (existing) continue;
    await tx.stay.create({
      data: {
        organizationId,
        propertyId: property.id,
        guestId: guestOf(stay.guest).id,
        room: stay.room,
        checkIn: addDays(today, stay.checkInInDays),
        checkOut: addDays(today, stay.checkInInDays + stay.nights),
        status: stay.status,
        confirmationCode: stay.confirmationCode,
      },
    });
    counts.stays++;
  }

  // Oldest first, so display ids (allocated in creation order, like the app does) follow the timeline.
  const chronological = [...demo.conversations].sort(
    (x, y) => (y.messages[0]?.minutesAgo ?? 0) - (x.messages[0]?.minutesAgo ?? 0),
  );
  for (const conversation of chronological) {
    const channel = channels.get(conversation.channel);
    if (!channel) throw new Error(`demo data: unknown channel ${conversation.channel} in ${demo.slug}`);
    await ensureConversation(tx, {
      demo,
      conversation,
      organizationId,
      propertyId: property.id,
      channel,
      guest: guestOf(conversation.guest),
      userId,
      ctx,
    });
  }

  for (const article of demo.knowledge) {
    const existing = await tx.knowledgeArticle.findFirst({
      where: { organizationId, title: article.title, language: article.language ?? 'en' },
      select: { id: true },
    });
    if (existing) continue;
    await tx.knowledgeArticle.create({
      data: {
        organizationId,
        title: article.title,
        body: article.body,
        tags: [...article.tags],
        language: article.language ?? 'en',
        published: true,
      },
    });
    counts.knowledgeArticles++;
  }
  if (demo.facts) {
    await tx.hotelFacts.upsert({
      where: { organizationId },
      create: { organizationId, ...demo.facts },
      update: {},
    });
  }

  const author = demo.users.find((u) => u.role === 'ORG_ADMIN');
  for (const canned of demo.cannedResponses) {
    const existing = await tx.cannedResponse.findUnique({
      where: { organizationId_shortcut: { organizationId, shortcut: canned.shortcut } },
      select: { id: true },
    });
    if (existing) continue;
    await tx.cannedResponse.create({
      data: {
        organizationId,
        shortcut: canned.shortcut,
        title: canned.title,
        body: canned.body,
        createdById: author ? userId(author.email) : null,
      },
    });
    counts.cannedResponses++;
  }

  return { id: organizationId, slug: org.slug, name: org.name, created: orgCreated };
}

async function lockSeed(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${SEED_LOCK_KEY}))`;
}

async function ensureProperty(
  tx: Tx,
  organizationId: string,
  demo: DemoOrganization,
  counts: SeedCounts,
): Promise<Property> {
  // Every organization has at least one property; demo rows attach to the first one, whatever its name,
  // so an organization whose property was renamed in the UI does not get a second one.
  const existing = await tx.property.findFirst({ where: { organizationId }, orderBy: { createdAt: 'asc' } });
  if (existing) return existing;
  counts.properties++;
  return tx.property.create({
    data: {
      organizationId,
      name: demo.property.name,
      timezone: demo.timezone,
      country: demo.country,
      address: demo.property.address,
    },
  });
}

/**
 * argon2id hashes for the demo users that do not exist yet, computed up front and in parallel (each takes
 * ~0.1 s and runs on the libuv pool) rather than one by one inside the transactions. Each user gets its
 * own salt; a re-run with every user present hashes nothing.
 */
async function hashMissingPasswords(db: Database): Promise<Map<string, string>> {
  const emails = [DEMO_SUPER_ADMIN, ...DEMO_ORGANIZATIONS.flatMap((o) => o.users)].map((u) => u.email);
  const existing = await db.withPlatform((tx) =>
    tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } }),
  );
  const present = new Set(existing.map((u) => u.email));
  const missing = emails.filter((email) => !present.has(email));
  const hashes = await Promise.all(missing.map(() => hash(DEMO_PASSWORD, PASSWORD_OPTIONS)));
  return new Map(missing.map((email, i) => [email, hashes[i] ?? '']));
}

async function ensureUser(
  tx: Tx,
  organizationId: string | null,
  demoUser: DemoUser,
  passwordHashes: ReadonlyMap<string, string>,
  counts: SeedCounts,
): Promise<{ id: string; email: string }> {
  const existing = await tx.user.findUnique({
    where: { email: demoUser.email },
    select: { id: true, email: true },
  });
  if (existing) return existing;
  counts.users++;
  return tx.user.create({
    data: {
      organizationId,
      email: demoUser.email,
      name: demoUser.name,
      // Normally precomputed; a user deleted between that lookup and this transaction still gets a hash.
      passwordHash: passwordHashes.get(demoUser.email) || (await hash(DEMO_PASSWORD, PASSWORD_OPTIONS)),
      role: demoUser.role,
      dataScope: demoUser.dataScope,
      status: 'active',
    },
    select: { id: true, email: true },
  });
}

async function ensureChannel(
  tx: Tx,
  organizationId: string,
  propertyId: string,
  channel: DemoChannel,
  ctx: OrgContext,
): Promise<ChannelAccount> {
  const existing = await tx.channelAccount.findFirst({
    where: { provider: channel.provider, address: channel.address },
  });
  if (existing) {
    // Demo tools (npm run simulate:sms) find a channel by its address: keep demo addresses unambiguous.
    if (existing.organizationId !== organizationId) {
      throw new Error(
        `demo channel ${channel.provider} ${channel.address} already belongs to another organization (${existing.organizationId})`,
      );
    }
    return existing;
  }
  ctx.counts.channelAccounts++;
  return tx.channelAccount.create({
    data: {
      organizationId,
      propertyId,
      type: channel.type,
      provider: channel.provider,
      name: channel.name,
      address: channel.address,
      encryptedConfig: ctx.box.encryptJson(channel.config),
      status: channel.pending ? 'pending' : 'active',
      statusDetail: channel.pending ?? null,
    },
  });
}

interface ConversationInput {
  demo: DemoOrganization;
  conversation: DemoConversation;
  organizationId: string;
  propertyId: string;
  channel: ChannelAccount;
  guest: Guest;
  userId: (email: string) => string;
  ctx: OrgContext;
}

async function ensureConversation(tx: Tx, input: ConversationInput): Promise<void> {
  const { demo, conversation, organizationId, channel, ctx } = input;
  const replyToken = `demo-${demo.slug}-${conversation.n}`;
  // Messages are created in the same transaction as their conversation, so an existing conversation is
  // complete; and it may since have real messages and state from using the app, which must stay untouched.
  const existing = await tx.conversation.findUnique({ where: { replyToken }, select: { id: true } });
  if (existing) return;

  const first = conversation.messages[0];
  if (!first) throw new Error(`demo data: conversation ${replyToken} has no messages`);
  const at = (m: DemoMessage) => new Date(ctx.now.getTime() - m.minutesAgo * 60_000);
  const summary = summarize(conversation.messages, at);

  const displayId = await allocateDisplayId(tx, organizationId);
  const row = await tx.conversation.create({
    data: {
      organizationId,
      propertyId: input.propertyId,
      displayId,
      guestId: input.guest.id,
      channelAccountId: channel.id,
      status: conversation.status,
      assigneeId: conversation.assignee ? input.userId(conversation.assignee) : null,
      subject: conversation.subject ?? null,
      lastMessageAt: summary.lastMessageAt,
      lastMessagePreview: summary.lastMessagePreview,
      lastInboundAt: summary.lastInboundAt,
      waitingSince: conversation.status === 'resolved' ? null : summary.waitingSince,
      snoozedUntil:
        conversation.status === 'snoozed'
          ? new Date(ctx.now.getTime() + (conversation.snoozeHours ?? 12) * 3_600_000)
          : null,
      replyToken,
      createdAt: at(first),
      updatedAt: summary.lastActivityAt,
    },
  });
  ctx.counts.conversations++;

  let previousEmailId: string | null = null;
  for (const [index, message] of conversation.messages.entries()) {
    const createdAt = at(message);
    const key = `${replyToken}-${index + 1}`;
    const inbound = message.kind === 'guest';
    const note = message.kind === 'note';
    const externalId = note ? null : externalIdFor(channel, key, inbound, input.guest);
    if (externalId) {
      const duplicate = await tx.message.findFirst({
        where: { channelAccountId: channel.id, externalId },
        select: { id: true },
      });
      if (duplicate) continue;
    }

    let metadata: Prisma.InputJsonValue | undefined;
    if (channel.type === 'email' && externalId) {
      metadata = { messageId: externalId, inReplyTo: previousEmailId };
      previousEmailId = externalId;
    }

    await tx.message.create({
      data: {
        organizationId,
        conversationId: row.id,
        channelAccountId: channel.id,
        direction: inbound ? 'inbound' : 'outbound',
        senderType: message.kind === 'note' ? 'staff' : message.kind,
        senderUserId: message.kind === 'staff' || message.kind === 'note' ? input.userId(message.by) : null,
        body: message.body,
        ...deliveryFields(message, createdAt),
        externalId,
        isPrivateNote: note,
        ...(metadata === undefined ? {} : { metadata }),
        createdAt,
      },
    });
    ctx.counts.messages++;
  }
}

/** Status and provider timestamps as the delivery pipeline would have left them. */
function deliveryFields(
  message: DemoMessage,
  createdAt: Date,
): {
  status: MessageStatus;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  errorCode: string | null;
  errorMessage: string | null;
  updatedAt: Date;
} {
  const plus = (seconds: number) => new Date(createdAt.getTime() + seconds * 1000);
  if (message.kind === 'guest') {
    return {
      status: 'received',
      sentAt: null,
      deliveredAt: null,
      readAt: null,
      errorCode: null,
      errorMessage: null,
      updatedAt: createdAt,
    };
  }
  if (message.kind === 'note') {
    // A private note is never queued for delivery; 'sent' marks it final so no sweeper picks it up.
    return {
      status: 'sent',
      sentAt: createdAt,
      deliveredAt: null,
      readAt: null,
      errorCode: null,
      errorMessage: null,
      updatedAt: createdAt,
    };
  }
  const status = message.status;
  const failed = message.kind === 'staff' && message.status === 'failed';
  const delivered = status === 'delivered' || status === 'read';
  return {
    status,
    // The provider accepted the message (it has an id) before reporting the failure.
    sentAt: plus(2),
    deliveredAt: delivered ? plus(6) : null,
    readAt: status === 'read' ? plus(95) : null,
    errorCode: failed ? (message.error?.code ?? null) : null,
    errorMessage: failed ? (message.error?.message ?? null) : null,
    updatedAt: status === 'read' ? plus(95) : delivered ? plus(6) : failed ? plus(8) : plus(2),
  };
}

interface ConversationSummary {
  lastMessageAt: Date;
  lastMessagePreview: string | null;
  lastInboundAt: Date | null;
  waitingSince: Date | null;
  lastActivityAt: Date;
}

/**
 * The denormalized inbox fields. Private notes do not count as conversation activity: the preview shows
 * what the guest and the hotel last said. A guest waits from their first message after the hotel's last
 * reply that actually went out (a failed send leaves them waiting).
 */
function summarize(messages: readonly DemoMessage[], at: (m: DemoMessage) => Date): ConversationSummary {
  const visible = messages.filter((m) => m.kind !== 'note');
  const last = visible.at(-1) ?? messages.at(-1);
  if (!last) throw new Error('demo data: conversation without messages');
  let lastInboundAt: Date | null = null;
  let waitingSince: Date | null = null;
  for (const m of visible) {
    if (m.kind === 'guest') {
      lastInboundAt = at(m);
      waitingSince ??= at(m);
    } else if (m.kind === 'ai' || (m.kind === 'staff' && m.status !== 'failed')) {
      waitingSince = null;
    }
  }
  const lastActivity = messages.reduce((a, b) => (at(b) > at(a) ? b : a), last);
  return {
    lastMessageAt: at(last),
    lastMessagePreview: preview(last.body),
    lastInboundAt,
    waitingSince,
    lastActivityAt: at(lastActivity),
  };
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_LENGTH ? flat : `${flat.slice(0, PREVIEW_LENGTH - 1)}…`;
}

async function allocateDisplayId(tx: Tx, organizationId: string): Promise<number> {
  // Same allocation the app uses, so seeded and live conversations share one sequence per org.
  return takeConversationNumber(tx, organizationId);
}

/** Deterministic provider ids, so a re-run finds the same (channel, external id) pairs. */
function externalIdFor(channel: ChannelAccount, key: string, inbound: boolean, guest: Guest): string {
  const digest = createHash('sha256').update(key).digest();
  switch (channel.type) {
    case 'sms':
      // Twilio Message SIDs: "SM" + 32 hex characters.
      return `SM${digest.subarray(0, 16).toString('hex')}`;
    case 'whatsapp':
      return `wamid.${digest.subarray(0, 24).toString('base64url')}`;
    case 'email': {
      // RFC 5322 Message-ID as mailparser reports it (with angle brackets), from the sender's domain.
      const domain = (inbound ? guest.email : channel.address)?.split('@')[1] ?? 'stayzr.test';
      return `<${key}.${digest.subarray(0, 6).toString('hex')}@${domain}>`;
    }
  }
}

function addCounts(into: SeedCounts, add: SeedCounts): void {
  for (const key of Object.keys(into) as (keyof SeedCounts)[]) into[key] += add[key];
}

/** Midnight UTC of the calendar date it is in `timeZone` at `now`: the form @db.Date columns take. */
function localDate(now: Date, timeZone: string): Date {
  const ymd = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return new Date(`${ymd}T00:00:00.000Z`);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
