import { randomBytes } from 'node:crypto';
import type { Database, SecretBox } from '@stayzr/db';
import type { TwilioSmsConfig } from '@stayzr/shared/server';
import twilio from 'twilio';

export interface SimulateSmsInput {
  db: Database;
  secrets: SecretBox;
  publicUrl: string;
  from: string;
  text: string;
  /** The hotel number written to; defaults to the demo Hotel Aurora number. */
  to?: string;
}

export const DEMO_SMS_NUMBER = '+15005550006';

/** Posts a Twilio-signed inbound SMS for a channel of this database to the running server, as Twilio would. */
export async function simulateSms(
  input: SimulateSmsInput,
): Promise<{ status: number; body: string; url: string }> {
  const to = input.to ?? DEMO_SMS_NUMBER;
  const channel = await input.db.withPlatform((tx) =>
    // Addresses are unique per organization; the seed keeps demo numbers unique across them.
    tx.channelAccount.findFirst({
      where: { provider: 'twilio', address: to },
      orderBy: { createdAt: 'asc' },
    }),
  );
  if (!channel?.encryptedConfig)
    throw new Error(`no Twilio SMS channel with number ${to} (run npm run db:seed?)`);
  const config = input.secrets.decryptJson<TwilioSmsConfig>(channel.encryptedConfig);
  const url = `${input.publicUrl}/webhooks/twilio/${channel.id}/sms`;
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params = {
    MessageSid: sid,
    SmsSid: sid,
    AccountSid: config.accountSid,
    From: input.from,
    To: to,
    Body: input.text,
    NumMedia: '0',
  };
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(config.authToken, url, params),
    },
    body: new URLSearchParams(params),
  });
  return { status: response.status, body: await response.text(), url };
}
