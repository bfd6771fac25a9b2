import twilio from 'twilio';
import { type HttpResponse, httpRequest } from './http.js';

export interface TwilioChannel {
  channelAccountId: string;
  accountSid: string;
  authToken: string;
  hotelNumber: string;
}

/** A Twilio inbound SMS webhook, signed the way Twilio signs it (URL = PUBLIC_URL + path). */
export function sendInboundSms(
  publicUrl: string,
  channel: TwilioChannel,
  message: { sid: string; from: string; body: string },
): Promise<HttpResponse> {
  const url = `${publicUrl}/webhooks/twilio/${channel.channelAccountId}/sms`;
  const params: Record<string, string> = {
    MessageSid: message.sid,
    SmsSid: message.sid,
    AccountSid: channel.accountSid,
    From: message.from,
    To: channel.hotelNumber,
    Body: message.body,
    NumMedia: '0',
    NumSegments: '1',
  };
  return httpRequest(
    'POST',
    url,
    {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(channel.authToken, url, params),
    },
    new URLSearchParams(params).toString(),
  );
}

/** A Twilio-like MessageSid unique within the run: `SM` + 32 characters. */
export const messageSid = (tag: string, index: number): string =>
  `SM${tag}${String(index).padStart(32 - tag.length, '0')}`;

/** US numbers in the 202 area, distinct per run and guest: valid E.164 for libphonenumber. */
export const guestPhone = (run: number, guest: number): string =>
  `+1202${run % 10}${String(guest).padStart(6, '0')}`;
