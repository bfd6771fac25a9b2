import twilio from 'twilio';

/** POSTs form params to a Twilio webhook of the server, signed as Twilio would (or unsigned: null). */
export function postSignedTwilioWebhook(
  url: string,
  params: Record<string, string>,
  authToken: string | null,
) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authToken) headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(authToken, url, params);
  return fetch(url, { method: 'POST', headers, body: new URLSearchParams(params) });
}
