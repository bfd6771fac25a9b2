/** Shapes the API returns; browser-safe (no Prisma types). */

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
  emailSent: boolean;
}

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

export interface MessageDto {
  id: string;
  conversationId: string;
  /** Set when the message went through another of the hotel's channels than the conversation's ("by SMS instead"). */
  via: { type: 'sms' | 'whatsapp' | 'email'; name: string } | null;
  direction: 'inbound' | 'outbound';
  senderType: 'guest' | 'staff' | 'ai' | 'system';
  sender: { id: string; name: string } | null;
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
  provider: 'twilio' | 'baileys' | 'whatsapp_cloud' | 'smtp';
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
