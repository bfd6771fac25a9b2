import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';

/** A mail the platform itself sends to staff (invitations), not a guest conversation's email. */
export interface PlatformMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The platform's outgoing mail, through its SMTP settings (SMTP_URL, MAIL_FROM). */
export interface Mailer {
  /** True once the relay accepted the mail; false (logged, never thrown) when it could not be sent. */
  send(mail: PlatformMail): Promise<boolean>;
}

export interface MailerConfig {
  /** smtp://user:pass@host:587 or smtps://…:465 (nodemailer's URL form). */
  smtpUrl: string;
  /** The From header, e.g. `Stayzr <no-reply@stayzr.example>`. */
  from: string;
}

/**
 * Sending happens while an admin waits for the invitation dialog, so a relay that does not answer
 * costs seconds, not nodemailer's minutes: the copyable link is shown either way.
 */
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 };

export function createMailer(config: MailerConfig, logger: Logger): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl, { ...TIMEOUTS, from: config.from });
  const relay = new URL(config.smtpUrl).host;
  return {
    async send(mail) {
      try {
        await transport.sendMail({ ...mail, from: config.from });
        return true;
      } catch (error) {
        // The recipient is staff's work address: enough to find the failure, never the mail's content.
        logger.warn({ err: error, relay, to: mail.to, subject: mail.subject }, 'platform mail not sent');
        return false;
      }
    },
  };
}

/** Escapes text for the HTML part of a mail. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
