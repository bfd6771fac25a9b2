import type { OrgAuditActor, OrgAuditLogEntry, OrgAuditTarget } from '@stayzr/shared';
import { ROLE_LABELS } from '../../../lib/labels';
import { inboxPath, STATUS_LABELS } from '../../inbox/lib/routes';

/** What each action code means, in the words of the hotel's manager. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'Failed sign-in attempt',
  'auth.logout': 'Signed out',
  'auth.password_changed': 'Changed their password',
  'team.invited': 'Invited a teammate',
  'team.invitation_resent': 'Resent an invitation',
  'team.invitation_revoked': 'Revoked an invitation',
  'team.invitation_accepted': 'Accepted an invitation and joined',
  'team.role_changed': 'Changed a teammate’s role',
  'team.data_scope_changed': 'Changed which conversations a teammate sees',
  'team.deactivated': 'Deactivated a teammate',
  'team.reactivated': 'Reactivated a teammate',
  'conversation.assigned': 'Assigned a conversation',
  'conversation.status_changed': 'Changed a conversation’s status',
  'message.note_added': 'Added a private note',
  'message.reply_sent': 'Replied to a guest',
  'guest.updated': 'Edited a guest',
  'guest.sms_opted_out': 'Opted a guest out of SMS',
  'guest.sms_opted_in': 'Opted a guest back in to SMS',
  'guest.merged': 'Merged two guests',
  'stay.created': 'Added a stay',
  'stay.updated': 'Edited a stay',
  'channel.created': 'Connected a channel',
  'channel.updated': 'Changed a channel’s settings',
  'channel.test_sent': 'Sent a test message',
  'canned_response.created': 'Added a canned response',
  'canned_response.updated': 'Edited a canned response',
  'canned_response.deleted': 'Deleted a canned response',
  'subscription.checkout_started': 'Started a plan checkout',
  'subscription.plan_changed': 'Changed the plan',
  'subscription.change_requested': 'Asked for a plan change',
  'billing.checkout_completed': 'Completed a plan checkout',
  'billing.subscription_updated': 'Subscription updated by the payment provider',
  'billing.subscription_canceled': 'Subscription canceled by the payment provider',
  'billing.payment_failed': 'A payment failed',
  'platform.organization_created': 'Created the organization',
  'platform.organization_switched': 'Opened the organization to help',
  'platform.organization_exited': 'Left the organization',
  'platform.organization_suspended': 'Suspended the organization',
  'platform.organization_reactivated': 'Reactivated the organization',
  'platform.subscription_changed': 'Changed the subscription',
};

/** The procedure behind a switched-in super admin's change, when no more specific row says what it was. */
const IMPERSONATED_PREFIX = 'impersonated.';
const IMPERSONATED_LABELS: Record<string, string> = {
  'conversations.markRead': 'Read a conversation',
  'conversations.assign': 'Assigned a conversation',
  'conversations.setStatus': 'Changed a conversation’s status',
  'messages.send': 'Wrote in a conversation',
  'messages.retry': 'Retried a failed reply',
  'messages.resendVia': 'Sent a failed reply another way',
};

/** "Assigned a conversation"; an unknown code still reads as words ("Guest: exported"). */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  if (action.startsWith(IMPERSONATED_PREFIX)) {
    const path = action.slice(IMPERSONATED_PREFIX.length);
    return IMPERSONATED_LABELS[path] ?? `Made a change (${path})`;
  }
  const [domain = action, verb] = action.split('.');
  const words = (text: string) => text.replaceAll('_', ' ');
  const head = words(domain).replace(/^./, (first) => first.toUpperCase());
  return verb ? `${head}: ${words(verb)}` : head;
}

/** A small detail after the action, where the row carries one ("Staff → Org admin", "to Resolved"). */
export function actionDetail(entry: Pick<OrgAuditLogEntry, 'action' | 'metadata'>): string | null {
  const from = entry.metadata?.from;
  const to = entry.metadata?.to;
  if (entry.action === 'team.role_changed' && isRole(from) && isRole(to)) {
    return `${ROLE_LABELS[from]} → ${ROLE_LABELS[to]}`;
  }
  if (entry.action === 'conversation.status_changed' && isStatus(to)) {
    return `to ${STATUS_LABELS[to]}`;
  }
  return null;
}

export function actorName(actor: OrgAuditActor): string {
  switch (actor.kind) {
    case 'user':
    case 'platform':
      return actor.name;
    case 'deleted_user':
      return 'Former teammate';
    case 'system':
      return 'System';
  }
}

const TARGET_NOUNS: Record<string, string> = {
  conversation: 'Conversation',
  user: 'Teammate',
  invitation: 'Invitation',
  channel_account: 'Channel',
  canned_response: 'Canned response',
  guest: 'Guest',
  stay: 'Stay',
  organization: 'Your organization',
};

/** "#12 · Ana García"; the kind of thing when it is gone or has no name. */
export function targetLabel(target: OrgAuditTarget): string {
  return target.label ?? TARGET_NOUNS[target.type] ?? target.type.replaceAll('_', ' ');
}

/** Where the thing an entry touched is shown, when the app has a page for it. */
export function targetPath(target: OrgAuditTarget): string | null {
  if (!target.id) return null;
  switch (target.type) {
    case 'conversation':
      // Gone (or out of reach) conversations have no status: no link that would open nothing.
      return target.conversationStatus ? inboxPath(target.conversationStatus, target.id) : null;
    case 'user':
    case 'invitation':
      return target.label ? '/settings/team' : null;
    case 'channel_account':
      return target.label ? '/settings/channels' : null;
    case 'canned_response':
      return target.label ? '/settings/canned-responses' : null;
    default:
      return null;
  }
}

function isRole(value: unknown): value is keyof typeof ROLE_LABELS {
  return typeof value === 'string' && value in ROLE_LABELS;
}

function isStatus(value: unknown): value is keyof typeof STATUS_LABELS {
  return typeof value === 'string' && value in STATUS_LABELS;
}
