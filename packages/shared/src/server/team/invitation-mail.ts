import type { InvitationEmailDelivery } from '../../dto.js';
import { escapeHtml, type PlatformMail } from '../infra/mailer.js';
import type { ServiceDeps } from '../kernel/service-deps.js';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** The page an invitee opens, on the web app (WEB_URL), not on the API's address. */
export function invitationUrl(webUrl: string, token: string): string {
  return `${webUrl}/invite/${token}`;
}

export interface InvitationMailInput {
  to: string;
  organizationName: string;
  /** Null when the platform team invited (a new hotel's first admin, or a switched-in super admin). */
  inviterName: string | null;
  role: 'ORG_ADMIN' | 'STAFF';
  url: string;
}

const ROLE_NAMES = { ORG_ADMIN: 'an admin', STAFF: 'a member of the front desk' } as const;

export function invitationMail(input: InvitationMailInput): PlatformMail {
  const who = input.inviterName ?? 'The Stayzr team';
  const invited = `${who} invited you to join ${input.organizationName} on Stayzr as ${ROLE_NAMES[input.role]}.`;
  const howLong = 'The link works once and expires in 7 days.';
  const ignore = 'If you did not expect this invitation, you can ignore this email.';
  return {
    to: input.to,
    subject: `Join ${input.organizationName} on Stayzr`,
    text: [invited, '', `Accept the invitation: ${input.url}`, '', howLong, ignore].join('\n'),
    html: [
      `<p>${escapeHtml(invited)}</p>`,
      `<p><a href="${escapeHtml(input.url)}">Accept the invitation</a></p>`,
      `<p style="color:#555">${escapeHtml(howLong)}<br>${escapeHtml(ignore)}</p>`,
      `<p style="color:#555;font-size:12px">Or paste this link into your browser: ${escapeHtml(input.url)}</p>`,
    ].join('\n'),
  };
}

/**
 * Emails an invitation after its transaction committed, when the platform has SMTP settings; the
 * admin always gets the link to copy, and is told whether it also went out.
 */
export async function sendInvitationMail(
  deps: ServiceDeps,
  input: InvitationMailInput,
): Promise<InvitationEmailDelivery> {
  if (!deps.mailer) return 'not_configured';
  return (await deps.mailer.send(invitationMail(input))) ? 'sent' : 'failed';
}
