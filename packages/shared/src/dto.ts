/** Shapes the API returns; browser-safe (no Prisma types). */

import type { ChannelProviderValue } from './events.js';

export type UserRoleValue = 'SUPER_ADMIN' | 'ORG_ADMIN' | 'STAFF';

export interface OrganizationSummary {
  id: string;
  name: string;
  slug: string;
  plan: 'starter' | 'professional' | 'enterprise';
  status: 'active' | 'suspended';
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: UserRoleValue;
  isSuperAdmin: boolean;
  /** The organization the user works in: their own, or the one a super admin switched into. */
  organization: OrganizationSummary | null;
  /** True while a super admin is switched into an organization. */
  impersonating: boolean;
}

export interface TeamMember {
  id: string;
  email: string;
  name: string;
  role: 'ORG_ADMIN' | 'STAFF';
  status: 'active' | 'disabled';
  dataScope: 'own' | 'all';
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: 'ORG_ADMIN' | 'STAFF';
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string | null;
}

export interface InvitationLink {
  invitationId: string;
  /** Always shown to the admin to copy, whether or not an email went out. */
  inviteUrl: string;
  /** Whether the link was also emailed: `not_configured` when the platform has no SMTP settings. */
  emailDelivery: InvitationEmailDelivery;
}

export type InvitationEmailDelivery = 'sent' | 'failed' | 'not_configured';

export interface InvitationInfo {
  email: string;
  role: 'ORG_ADMIN' | 'STAFF';
  organizationName: string;
}

export interface PlatformOrganizationRow extends OrganizationSummary {
  subscriptionStatus: 'trialing' | 'active' | 'past_due' | 'canceled';
  createdAt: Date;
  counts: { users: number; guests: number; conversations: number };
}

export interface AuditLogEntry {
  id: string;
  createdAt: Date;
  action: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorType: string;
  impersonating: boolean;
  organizationId: string | null;
  organizationName: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  metadata: unknown;
}

/** Who did it, as the organization's own audit log says. */
export type OrgAuditActor =
  | { kind: 'user'; id: string; name: string; email: string }
  /** A member since deleted: the id is all that is left. */
  | { kind: 'deleted_user'; id: string }
  /** A super admin of the platform, switched into the organization or acting on it from the platform. */
  | { kind: 'platform'; name: string }
  /** Webhooks, jobs, billing events, failed sign-ins of unknown people. */
  | { kind: 'system' };

/** What an audit row touched, with what the web app needs to link to it. */
export interface OrgAuditTarget {
  type: string;
  id: string | null;
  /** A readable name ("#12 · Ana García", a member's name), when the row still exists. */
  label: string | null;
  /** For a conversation: its status now, the inbox tab its link opens. */
  conversationStatus: 'open' | 'pending' | 'snoozed' | 'resolved' | null;
}

/**
 * One row of an organization's own audit log (org admins). Platform-only detail stays out: cross-tenant
 * probes, super admins' identities, IPs and user agents.
 */
export interface OrgAuditLogEntry {
  id: string;
  createdAt: Date;
  action: string;
  actor: OrgAuditActor;
  target: OrgAuditTarget | null;
  /** The member's IP address; null for the platform team and system actions. */
  ip: string | null;
  /** Small details for readable lines (`{from, to}` of a role change); null for platform actions. */
  metadata: Record<string, unknown> | null;
}

export interface OrgAuditLogPage {
  items: OrgAuditLogEntry[];
  nextCursor: string | null;
}

export interface GuestDto {
  id: string;
  name: string | null;
  phoneE164: string | null;
  email: string | null;
  whatsappJid: string | null;
  language: string | null;
  smsOptedOut: boolean;
  notes: string | null;
}

export interface StayDto {
  id: string;
  guestId: string;
  room: string | null;
  /** YYYY-MM-DD, a date in the hotel's time zone. */
  checkIn: string;
  checkOut: string;
  status: 'booked' | 'checked_in' | 'checked_out' | 'canceled' | 'no_show';
  confirmationCode: string | null;
}

export interface ConversationListItem {
  id: string;
  displayId: number;
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  channel: { id: string; type: 'sms' | 'whatsapp' | 'email'; name: string };
  guest: { id: string; name: string | null; phoneE164: string | null; email: string | null };
  assignee: { id: string; name: string } | null;
  lastMessageAt: Date;
  lastMessagePreview: string | null;
  waitingSince: Date | null;
  /** The newest reply to the guest failed (or was undelivered) at this time: the guest has no answer. */
  replyFailedAt: Date | null;
  snoozedUntil: Date | null;
  unreadCount: number;
  /** The organization's labels on this conversation, by name. */
  labels: LabelDto[];
}

export interface LabelDto {
  id: string;
  name: string;
  /** A Mantine palette colour name (LABEL_COLORS). */
  color: string;
}

export interface ConversationPage {
  items: ConversationListItem[];
  nextCursor: string | null;
}

export interface ConversationDetail extends ConversationListItem {
  subject: string | null;
  guestProfile: GuestDto;
  /** The stay in progress, else the next one, else the latest past one. */
  stay: StayDto | null;
  /** The hotel (property) the conversation belongs to: canned responses' `{{hotel.*}}`. */
  hotel: { name: string; address: string | null };
  /**
   * While the newest reply has failed: the hotel's other channels that can reach this guest, to send it
   * through instead. Empty otherwise.
   */
  otherChannels: { id: string; type: 'sms' | 'whatsapp' | 'email'; name: string }[];
}

export interface AttachmentDto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** How the hotel sees the platform team's super admins: in threads, previews and its audit log. */
export const PLATFORM_TEAM_NAME = 'Stayzr support';

export type MessageSender = { kind: 'staff'; id: string; name: string } | { kind: 'platform'; name: string };

export interface MessageDto {
  id: string;
  conversationId: string;
  /** Set when the message went through another of the hotel's channels than the conversation's ("by SMS instead"). */
  via: { type: 'sms' | 'whatsapp' | 'email'; name: string } | null;
  direction: 'inbound' | 'outbound';
  senderType: 'guest' | 'staff' | 'ai' | 'system';
  /**
   * Who wrote a staff message: a member of the hotel's team, or the platform team (a super admin switched
   * into the organization, shown to the hotel as PLATFORM_TEAM_NAME, never by name or id). Null for guest,
   * AI and system messages, and for a member who has since been deleted.
   */
  sender: MessageSender | null;
  body: string;
  status: 'received' | 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered';
  errorCode: string | null;
  errorMessage: string | null;
  isPrivateNote: boolean;
  createdAt: Date;
  attachments: AttachmentDto[];
}

export interface MessagePage {
  /** Oldest first within the page. */
  items: MessageDto[];
  /** Cursor for the next older page. */
  olderCursor: string | null;
}

export interface ConversationCounts {
  byStatus: Record<'open' | 'pending' | 'snoozed' | 'resolved', number>;
  /** Conversations with guest messages the caller has not read. */
  unread: number;
}

export interface ChannelAccountDto {
  id: string;
  type: 'sms' | 'whatsapp' | 'email';
  provider: ChannelProviderValue;
  name: string;
  address: string;
  status: 'active' | 'pending' | 'disconnected' | 'error' | 'disabled';
  statusDetail: string | null;
  /** URLs to paste into the provider's console. */
  webhookUrls: Record<string, string>;
  /** Non-secret settings (e.g. the Twilio account SID); secrets are never returned. */
  settings: Record<string, string>;
}

export interface CannedResponseDto {
  id: string;
  shortcut: string;
  title: string;
  body: string;
}
