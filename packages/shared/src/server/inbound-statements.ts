import { randomBytes } from 'node:crypto';
import { type Database, Prisma, type Tx, uuidv7 } from '@stayzr/db';
import type { PlanName, SubscriptionStatusValue } from '../billing/plans.js';
import { type SubscriptionState, toSubscriptionState } from './billing/enforcement.js';
import type { InboundMessage } from './channels/types.js';

const PREVIEW_LENGTH = 140;

/** The inbox line under a conversation: the message's text on one line, or a hint at its attachment. */
export function messagePreview(body: string, attachmentCount = 0): string {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH);
  return text || (attachmentCount > 0 ? '📎 Attachment' : '');
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
  subscription: SubscriptionState;
}

interface AppendRow {
  guest_id: string | null;
  conversation_id: string | null;
  message_id: string | null;
  assignee_id: string | null;
  plan: PlanName;
  subscription_status: SubscriptionStatusValue;
  trial_ends_at: Date | null;
  timezone: string;
  limit_overrides: unknown;
}

/**
 * A known guest's message on their latest conversation of the channel in one statement: the message row
 * (unless the channel's provider id was stored before), the conversation's timestamps, preview and
 * waiting clock (reopened when resolved or snoozed), the guest's name when it was missing, and the
 * organization's subscription settings (for counting the message after commit). The conversation row
 * is updated from its latest version, so concurrent messages never move it back in time.
 */
export async function appendInboundMessage(
  tx: Tx,
  organizationId: string,
  inbound: InboundMessage,
  messageId: string,
): Promise<AppendedInbound> {
  const { from } = inbound;
  const at = inbound.receivedAt;
  const metadata = inbound.metadata ? JSON.stringify(inbound.metadata) : null;
  // Timestamps are UTC without a zone, like Prisma writes them (now() would follow the session's zone).
  const now = new Date();
  const [row] = await tx.$queryRaw<AppendRow[]>`
    with guest as (
      select g.id from guests g
      where g.organization_id = ${organizationId}::uuid
        and (g.phone_e164 = ${from.phoneE164 ?? null}::text
          or g.email = ${from.email ?? null}::text
          or g.whatsapp_jid = ${from.whatsappJid ?? null}::text)
      order by g.created_at
      limit 1
    ),
    named as (
      update guests g set name = ${from.name ?? null}::text, updated_at = ${now}::timestamp(3)
      from guest
      where g.id = guest.id and g.name is null and ${from.name ?? null}::text is not null
    ),
    conversation as (
      select c.id from conversations c join guest on c.guest_id = guest.id
      where c.organization_id = ${organizationId}::uuid and c.channel_account_id = ${inbound.channelAccountId}::uuid
      order by c.last_message_at desc
      limit 1
    ),
    message as (
      insert into messages (id, organization_id, conversation_id, channel_account_id, direction, sender_type,
        body, status, external_id, metadata, created_at, updated_at)
      select ${messageId}::uuid, ${organizationId}::uuid, conversation.id, ${inbound.channelAccountId}::uuid,
        'inbound'::"MessageDirection", 'guest'::"SenderType", ${inbound.body}::text, 'received'::"MessageStatus", ${inbound.externalId}::text, ${metadata}::jsonb,
        ${at}::timestamp(3), ${at}::timestamp(3)
      from conversation
      on conflict (channel_account_id, external_id) do nothing
      returning id, conversation_id
    ),
    updated as (
      update conversations c set
        last_message_at = greatest(c.last_message_at, ${at}::timestamp(3)),
        last_message_preview = ${messagePreview(inbound.body, inbound.attachments.length)}::text,
        last_inbound_at = ${at}::timestamp(3),
        waiting_since = coalesce(c.waiting_since, ${at}::timestamp(3)),
        status = case when c.status in ('resolved', 'snoozed') then 'open'::"ConversationStatus" else c.status end,
        snoozed_until = case when c.status in ('resolved', 'snoozed') then null else c.snoozed_until end,
        updated_at = ${now}::timestamp(3)
      from message
      where c.id = message.conversation_id
      returning c.assignee_id
    ),
    org as (
      select o.* from organizations o where o.id = ${organizationId}::uuid
    )
    select (select id from guest)::text as guest_id,
      (select id from conversation)::text as conversation_id,
      (select id from message)::text as message_id,
      (select assignee_id from updated)::text as assignee_id,
      o.plan::text as plan, o.subscription_status::text as subscription_status, o.trial_ends_at, o.timezone,
      o.limit_overrides
    from org o`;
  if (!row) throw new Error('organization row not visible while storing an inbound message');
  return {
    guestId: row.guest_id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    assigneeId: row.assignee_id,
    subscription: toSubscriptionState({
      id: organizationId,
      plan: row.plan,
      subscriptionStatus: row.subscription_status,
      trialEndsAt: row.trial_ends_at,
      timezone: row.timezone,
      limitOverrides: row.limit_overrides,
    }),
  };
}

/**
 * A guest's first message on a channel: the guest row, created when new, locked until commit. Concurrent
 * first messages of one guest queue here, so the later ones find the conversation the first one opened
 * instead of opening another. A new guest is keyed by the first identity the channel gave (phone, then
 * email, then WhatsApp id); the conflict clause waits for a concurrent creator instead of failing.
 */
export async function lockInboundGuest(
  tx: Tx,
  organizationId: string,
  from: InboundMessage['from'],
  knownGuestId: string | null,
): Promise<string> {
  if (knownGuestId) {
    await tx.$executeRaw`select 1 from guests where id = ${knownGuestId}::uuid for update`;
    return knownGuestId;
  }
  const key = from.phoneE164
    ? Prisma.sql`(organization_id, phone_e164)`
    : from.email
      ? Prisma.sql`(organization_id, email)`
      : from.whatsappJid
        ? Prisma.sql`(organization_id, whatsapp_jid)`
        : null;
  if (!key) throw new Error('an inbound message needs a phone number, email or WhatsApp id');
  const now = new Date();
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    insert into guests as g (id, organization_id, name, phone_e164, email, whatsapp_jid, created_at, updated_at)
    values (${uuidv7()}::uuid, ${organizationId}::uuid, ${from.name ?? null}::text, ${from.phoneE164 ?? null}::text,
      ${from.email ?? null}::text, ${from.whatsappJid ?? null}::text, ${now}::timestamp(3), ${now}::timestamp(3))
    on conflict ${key} do update set name = coalesce(g.name, excluded.name)
    returning g.id::text as id`;
  if (!row) throw new Error('guest row not returned by its upsert');
  return row.id;
}

/** The organization's next conversation number, in a transaction of its own (see openInboundConversation). */
export async function nextConversationNumber(db: Database, organizationId: string): Promise<number> {
  const [row] = await db.runTenantStatement<{ number: number }>(
    organizationId,
    `update organizations set conversation_seq = conversation_seq + 1
     where id = current_setting('app.organization_id')::uuid
     returning conversation_seq as number`,
  );
  if (!row) throw new Error('organization row not visible while numbering a conversation');
  return row.number;
}

/**
 * Opens the guest's conversation on the channel unless one exists (run after lockInboundGuest, so one
 * opened meanwhile is seen). Its number was taken before the transaction (nextConversationNumber):
 * every new conversation of a hotel takes the organization row's lock, which a transaction would hold
 * until commit, across round trips to this process. An unused number leaves a gap. False when the
 * channel is not this organization's.
 */
export async function openInboundConversation(
  tx: Tx,
  organizationId: string,
  inbound: InboundMessage,
  guestId: string,
  displayId: number,
): Promise<{ channelFound: boolean; opened: boolean }> {
  const now = new Date();
  const [row] = await tx.$queryRaw<{ channel_found: boolean; opened: boolean }[]>`
    with channel as (
      select ch.id, ch.property_id from channel_accounts ch
      where ch.id = ${inbound.channelAccountId}::uuid and ch.organization_id = ${organizationId}::uuid
    ),
    opened as (
      insert into conversations (id, organization_id, property_id, display_id, guest_id, channel_account_id, status,
        subject, last_message_at, reply_token, created_at, updated_at)
      select ${uuidv7(inbound.receivedAt.getTime())}::uuid, ${organizationId}::uuid, channel.property_id,
        ${displayId}::int, ${guestId}::uuid, channel.id, 'open'::"ConversationStatus", ${inbound.subject ?? null}::text,
        ${inbound.receivedAt}::timestamp(3), ${randomBytes(12).toString('base64url')}::text,
        ${now}::timestamp(3), ${now}::timestamp(3)
      from channel
      where not exists (
        select 1 from conversations c
        where c.organization_id = ${organizationId}::uuid and c.channel_account_id = channel.id
          and c.guest_id = ${guestId}::uuid
      )
      returning id
    )
    select exists (select 1 from channel) as channel_found, exists (select 1 from opened) as opened`;
  return { channelFound: row?.channel_found ?? false, opened: row?.opened ?? false };
}
