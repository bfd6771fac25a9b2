import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PlanName, SubscriptionStatus } from '../../generated/prisma/client.js';
import type { Database } from '../client.js';
import { uuidv7 } from '../ids.js';
import { type PipelineFragment, pipelineFragment, pipelineSql, type Statement } from '../pipeline.js';
import { checkOptionalRow } from './rows.js';

/*
 * A guest's inbound message, stored by MessageService.storeInbound in pipelined transactions
 * (Database.runTenantPipeline), where the row-level security policies keep every read and write to the
 * organization set for the transaction: lookups leave the tenant filter to them.
 */

const PREVIEW_LENGTH = 140;

/** The inbox line under a conversation: the message's text on one line, or a hint at its attachment. */
export function messagePreview(body: string, attachmentCount = 0): string {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH);
  return text || (attachmentCount > 0 ? '📎 Attachment' : '');
}

/** What the statements store of an inbound message (the channel layer's InboundMessage fits it). */
export interface InboundRecord {
  channelAccountId: string;
  externalId: string;
  from: { phoneE164?: string; email?: string; whatsappJid?: string; name?: string };
  body: string;
  subject?: string | null;
  attachments: readonly {
    fileName: string;
    contentType: string;
    sizeBytes: number;
    content: Buffer | null;
    sourceUrl?: string | null;
  }[];
  receivedAt: Date;
  metadata?: Record<string, unknown>;
}

export interface AppendedInbound {
  /** The guest this sender is, or null when the organization has never heard from them. */
  guestId: string | null;
  /** The guest's latest conversation on the channel, or null when there is none yet (nothing was written). */
  conversationId: string | null;
  /** The stored message, or null when nothing was written (no conversation, or the provider id was stored before). */
  messageId: string | null;
  assigneeId: string | null;
  /** The organization's plan and usage settings, read in the same statement. */
  organization: {
    plan: PlanName;
    subscriptionStatus: SubscriptionStatus;
    trialEndsAt: Date | null;
    timezone: string;
    limitOverrides: unknown;
    /** The organization's AI mode: AI replies are queued only when it is on (and the plan has them). */
    aiMode: 'off' | 'suggest' | 'auto';
  };
}

const AppendRow = z.object({
  guest_id: z.string().nullable(),
  conversation_id: z.string().nullable(),
  message_id: z.string().nullable(),
  assignee_id: z.string().nullable(),
  plan: z.enum(PlanName),
  subscription_status: z.enum(SubscriptionStatus),
  trial_ends_at: z.date().nullable(),
  timezone: z.string(),
  limit_overrides: z.unknown(),
  ai_mode: z.enum(['off', 'suggest', 'auto']),
});

const OpeningRow = z.object({ channel_found: z.boolean(), opened: z.boolean() });

/** Text PostgreSQL can store: a NUL character is refused by every text column, so it is dropped. */
const storableText = (text: string): string =>
  text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;

/**
 * A known guest's message on their latest conversation of the channel in one statement: the message row
 * (unless the channel's provider id was stored before), the conversation's timestamps, preview and
 * waiting clock (reopened when resolved or snoozed), the guest's name when it was missing, and the
 * organization's subscription settings (for counting the message after commit). The conversation row
 * is updated from its latest version, so concurrent messages never move it back in time. Nothing is
 * written when the sender has no conversation on the channel yet.
 */
function appendInboundStatement(
  organizationId: string,
  inbound: InboundRecord,
  messageId: string,
): Statement {
  const { from } = inbound;
  const at = inbound.receivedAt;
  const body = storableText(inbound.body);
  const metadata = inbound.metadata ? JSON.stringify(inbound.metadata) : null;
  const name = from.name ? storableText(from.name) : null;
  // Timestamps are UTC without a zone, like Prisma writes them (now() would follow the session's zone).
  const now = new Date();
  return pipelineSql`
    with guest as (
      -- One lookup per identity, each on its unique index.
      select found.id from (
        select g.id, g.created_at from guests g where g.phone_e164 = ${from.phoneE164 ?? null}::text
        union all
        select g.id, g.created_at from guests g where g.email = ${from.email ?? null}::text
        union all
        select g.id, g.created_at from guests g where g.whatsapp_jid = ${from.whatsappJid ?? null}::text
      ) found
      order by found.created_at
      limit 1
    ),
    named as (
      update guests g set name = ${name}::text, updated_at = ${now}::timestamp(3)
      where g.id = (select id from guest) and g.name is null and ${name}::text is not null
    ),
    conversation as (
      select c.id from conversations c
      where c.channel_account_id = ${inbound.channelAccountId}::uuid and c.guest_id = (select id from guest)
      order by c.last_message_at desc
      limit 1
    ),
    message as (
      insert into messages (id, organization_id, conversation_id, channel_account_id, direction, sender_type,
        body, status, external_id, metadata, created_at, updated_at)
      select ${messageId}::uuid, ${organizationId}::uuid, conversation.id, ${inbound.channelAccountId}::uuid,
        'inbound'::"MessageDirection", 'guest'::"SenderType", ${body}::text, 'received'::"MessageStatus",
        ${inbound.externalId}::text, ${metadata}::jsonb, ${at}::timestamp(3), ${at}::timestamp(3)
      from conversation
      on conflict (channel_account_id, external_id) do nothing
      returning id, conversation_id
    ),
    updated as (
      update conversations c set
        last_message_at = greatest(c.last_message_at, ${at}::timestamp(3)),
        last_message_preview = ${messagePreview(body, inbound.attachments.length)}::text,
        last_inbound_at = ${at}::timestamp(3),
        waiting_since = coalesce(c.waiting_since, ${at}::timestamp(3)),
        -- Pending waits on the guest (or a colleague): their message brings it back to Open, like snoozed.
        status = case when c.status in ('resolved', 'snoozed', 'pending') then 'open'::"ConversationStatus" else c.status end,
        snoozed_until = case when c.status in ('resolved', 'snoozed') then null else c.snoozed_until end,
        updated_at = ${now}::timestamp(3)
      where c.id = (select conversation_id from message)
      returning c.assignee_id
    )
    select (select id from guest)::text as guest_id,
      (select id from conversation)::text as conversation_id,
      (select id from message)::text as message_id,
      (select assignee_id from updated)::text as assignee_id,
      o.plan::text as plan, o.subscription_status::text as subscription_status,
      o.trial_ends_at at time zone 'UTC' as trial_ends_at, o.timezone, o.limit_overrides,
      o.ai_mode::text as ai_mode
    from organizations o where o.id = ${organizationId}::uuid`;
}

function readAppendedInbound(rows: readonly unknown[]): AppendedInbound {
  const row = checkOptionalRow('append inbound message', AppendRow, rows);
  if (!row) throw new Error('organization row not visible while storing an inbound message');
  return {
    guestId: row.guest_id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    assigneeId: row.assignee_id,
    organization: {
      plan: row.plan,
      subscriptionStatus: row.subscription_status,
      trialEndsAt: row.trial_ends_at,
      timezone: row.timezone,
      limitOverrides: row.limit_overrides,
      aiMode: row.ai_mode,
    },
  };
}

/** The guest's identity a first message is keyed by: the first the channel gave (phone, then email, then WhatsApp id). */
function inboundGuestKey(from: InboundRecord['from']): { column: PipelineFragment; value: string } {
  if (from.phoneE164) return { column: pipelineFragment('phone_e164'), value: from.phoneE164 };
  if (from.email) return { column: pipelineFragment('email'), value: from.email };
  if (from.whatsappJid) return { column: pipelineFragment('whatsapp_jid'), value: from.whatsappJid };
  throw new Error('an inbound message needs a phone number, email or WhatsApp id');
}

/**
 * A guest's first message on a channel, as statements of one pipelined transaction:
 *
 * 1. the guest row, created when new, locked until commit: concurrent first messages of one guest
 *    queue here, so the later ones find the conversation the first one opened instead of opening
 *    another (the upsert waits for a concurrent creator instead of failing);
 * 2. the conversation, opened unless one exists, with the number taken before
 *    (nextConversationNumber);
 * 3. the message, appended as for a known guest.
 *
 * Nothing is written when the channel is not this organization's.
 */
function firstInboundStatements(
  organizationId: string,
  inbound: InboundRecord,
  messageId: string,
  knownGuestId: string | null,
  displayId: number,
): Statement[] {
  const { from } = inbound;
  const channelAccountId = inbound.channelAccountId;
  const now = new Date();
  const key = inboundGuestKey(from);
  const lockGuest = knownGuestId
    ? pipelineSql`select g.id::text as id from guests g
        where g.id = ${knownGuestId}::uuid
          and exists (select 1 from channel_accounts ch
            where ch.id = ${channelAccountId}::uuid and ch.organization_id = ${organizationId}::uuid)
        for update`
    : pipelineSql`insert into guests as g (id, organization_id, name, phone_e164, email, whatsapp_jid, created_at, updated_at)
        select ${uuidv7()}::uuid, ${organizationId}::uuid, ${from.name ? storableText(from.name) : null}::text,
          ${from.phoneE164 ?? null}::text, ${from.email ?? null}::text, ${from.whatsappJid ?? null}::text,
          ${now}::timestamp(3), ${now}::timestamp(3)
        where exists (select 1 from channel_accounts ch
          where ch.id = ${channelAccountId}::uuid and ch.organization_id = ${organizationId}::uuid)
        on conflict (organization_id, ${key.column}) do update set name = coalesce(g.name, excluded.name)
        returning g.id::text as id`;
  const openConversation = pipelineSql`
    with guest as (
      select g.id from guests g where g.id = ${knownGuestId}::uuid
      union all
      select g.id from guests g where ${knownGuestId}::uuid is null and g.${key.column} = ${key.value}::text
    ),
    channel as (
      select ch.id, ch.property_id from channel_accounts ch
      where ch.id = ${channelAccountId}::uuid and ch.organization_id = ${organizationId}::uuid
    ),
    needed as (
      select channel.id as channel_id, channel.property_id, guest.id as guest_id from channel, guest
      where not exists (
        select 1 from conversations c where c.channel_account_id = channel.id and c.guest_id = guest.id
      )
    ),
    opened as (
      insert into conversations (id, organization_id, property_id, display_id, guest_id, channel_account_id, status,
        subject, last_message_at, reply_token, created_at, updated_at)
      select ${uuidv7(inbound.receivedAt.getTime())}::uuid, ${organizationId}::uuid, needed.property_id,
        ${displayId}::int, needed.guest_id, needed.channel_id, 'open'::"ConversationStatus",
        ${inbound.subject ? storableText(inbound.subject) : null}::text, ${inbound.receivedAt}::timestamp(3),
        ${randomBytes(12).toString('base64url')}::text, ${now}::timestamp(3), ${now}::timestamp(3)
      from needed
      returning id
    )
    select exists (select 1 from channel) as channel_found, exists (select 1 from opened) as opened`;
  return [lockGuest, openConversation, appendInboundStatement(organizationId, inbound, messageId)];
}

/** The message's attachments, after its append statement in the same pipeline; none when it was not stored. */
function inboundAttachmentStatements(
  organizationId: string,
  inbound: InboundRecord,
  messageId: string,
): Statement[] {
  return inbound.attachments.map(
    (attachment) => pipelineSql`
      insert into attachments (id, organization_id, message_id, file_name, content_type, size_bytes, content, source_url)
      select ${uuidv7()}::uuid, ${organizationId}::uuid, m.id, ${storableText(attachment.fileName)}::text,
        ${attachment.contentType}::text, ${attachment.sizeBytes}::int, ${attachment.content ?? null}::bytea,
        ${attachment.sourceUrl ?? null}::text
      from messages m where m.id = ${messageId}::uuid`,
  );
}

/**
 * A known guest's message (attachments included) in one pipelined transaction of one statement, grouped
 * with the organization's concurrent inbound messages: safe to run again, the provider id is unique.
 * `conversationId` is null when the sender has no conversation on the channel yet: nothing was written.
 */
export async function appendKnownGuestInbound(
  db: Database,
  organizationId: string,
  inbound: InboundRecord,
  messageId: string,
): Promise<AppendedInbound> {
  const [appendRows] = await db.runGroupedTenantPipeline(organizationId, [
    appendInboundStatement(organizationId, inbound, messageId),
    ...inboundAttachmentStatements(organizationId, inbound, messageId),
  ]);
  return readAppendedInbound(appendRows ?? []);
}

/**
 * A guest's first message on a channel (firstInboundStatements, then the attachments) in one pipelined
 * transaction. `channelFound` is false when the channel is not this organization's (nothing written);
 * `opened` when this call opened the conversation.
 */
export async function appendFirstInbound(
  db: Database,
  organizationId: string,
  inbound: InboundRecord,
  messageId: string,
  knownGuestId: string | null,
  displayId: number,
): Promise<{ channelFound: boolean; opened: boolean; appended: AppendedInbound }> {
  const statements = firstInboundStatements(organizationId, inbound, messageId, knownGuestId, displayId);
  const [, openingRows, appendRows] = await db.runTenantPipeline(organizationId, [
    ...statements,
    ...inboundAttachmentStatements(organizationId, inbound, messageId),
  ]);
  const opening = checkOptionalRow('open first conversation', OpeningRow, openingRows ?? []);
  return {
    channelFound: opening?.channel_found ?? false,
    opened: opening?.opened ?? false,
    appended: readAppendedInbound(appendRows ?? []),
  };
}
