import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type { MessageStatusValue } from '../../../events.js';
import {
  type ChannelSender,
  type OutboundMessage,
  PermanentDeliveryError,
  type SendResult,
  type SentLookup,
  TransientDeliveryError,
} from '../types.js';

export interface TwilioSmsConfig {
  accountSid: string;
  authToken: string;
}

/** Human explanations of the Twilio error codes front-desk staff actually meet. */
export const TWILIO_ERROR_EXPLANATIONS: Record<string, string> = {
  '21211': 'The phone number is not valid.',
  '21408': 'Texting this country is not enabled on the Twilio account.',
  '21610': 'The guest replied STOP and has opted out of texts.',
  '21612': 'Twilio cannot send from this number to that destination.',
  '21614': 'The number is not a mobile number and cannot receive texts.',
  '30003': 'The guest’s phone is switched off or unreachable.',
  '30004': 'The guest’s carrier blocked the message.',
  '30005': 'The number does not exist or is no longer in service.',
  '30006': 'The number is a landline or cannot receive texts.',
  '30007': 'The carrier filtered the message as spam.',
  '30008': 'The carrier could not deliver the message (unknown error).',
};

export function explainTwilioError(code: string | null | undefined): string {
  if (!code) return 'The message could not be delivered.';
  return TWILIO_ERROR_EXPLANATIONS[code] ?? `The SMS provider reported error ${code}.`;
}

/** Twilio's MessageStatus values mapped onto ours; 'queued'/'accepted' at Twilio mean it took the message. */
export function mapTwilioStatus(status: string): MessageStatusValue | null {
  switch (status) {
    case 'accepted':
    case 'queued':
    case 'scheduled':
    case 'sending':
    case 'sent':
      return 'sent';
    case 'delivered':
      return 'delivered';
    case 'read':
      return 'read';
    case 'failed':
    case 'canceled':
      return 'failed';
    case 'undelivered':
      return 'undelivered';
    default:
      return null;
  }
}

/**
 * Sends every REST call to another base URL (a fake Twilio on 127.0.0.1 in tests and local demos);
 * the SDK has no base-URL option, but its request client is replaceable.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    const url = new URL(options.uri);
    return super.request<TData>({ ...options, uri: `${this.baseUrl}${url.pathname}${url.search}` });
  }
}

export function createTwilioClient(config: TwilioSmsConfig, apiBaseUrl?: string) {
  return twilio(config.accountSid, config.authToken, {
    ...(apiBaseUrl ? { httpClient: new RedirectingRequestClient(apiBaseUrl) } : {}),
    timeout: 15_000,
  });
}

export class TwilioSmsSender implements ChannelSender {
  constructor(
    private readonly config: TwilioSmsConfig,
    private readonly fromNumber: string,
    private readonly apiBaseUrl?: string,
  ) {}

  async send(message: OutboundMessage): Promise<SendResult> {
    if (!message.to.phoneE164) throw new PermanentDeliveryError('NO_PHONE', 'The guest has no phone number.');
    const client = createTwilioClient(this.config, this.apiBaseUrl);
    try {
      const sent = await client.messages.create({
        to: message.to.phoneE164,
        from: this.fromNumber,
        body: message.body,
        ...(message.statusCallbackUrl ? { statusCallback: message.statusCallbackUrl } : {}),
      });
      return { externalId: sent.sid, status: mapTwilioStatus(sent.status) ?? 'sent' };
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }

  /** Twilio's message list for this number pair, newest first: the one with this body created since the attempt. */
  async findSent(lookup: SentLookup): Promise<SendResult | null> {
    if (!lookup.to.phoneE164) return null;
    const client = createTwilioClient(this.config, this.apiBaseUrl);
    try {
      const recent = await client.messages.list({
        to: lookup.to.phoneE164,
        from: this.fromNumber,
        limit: 50,
      });
      const match = recent.find(
        (message) => message.body === lookup.body && message.dateCreated.getTime() >= lookup.since.getTime(),
      );
      return match ? { externalId: match.sid, status: mapTwilioStatus(match.status) ?? 'sent' } : null;
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }
}

export function classifyTwilioError(error: unknown): Error {
  if (error instanceof twilio.RestException) {
    const code = error.code ? String(error.code) : `HTTP_${error.status}`;
    if (error.status === 429 || error.status >= 500) {
      return new TransientDeliveryError(code, `SMS provider answered ${error.status}; will retry.`);
    }
    return new PermanentDeliveryError(code, explainTwilioError(code), code === '21610');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new TransientDeliveryError('NETWORK', `Could not reach the SMS provider (${reason}); will retry.`);
}

/** Checks X-Twilio-Signature against the URL Twilio called and the form parameters. */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

export type SmsKeyword = 'stop' | 'start' | 'help' | null;

/** Carrier-standard keywords (the whole message, any case, optional punctuation). */
export function smsKeyword(body: string): SmsKeyword {
  const word = body
    .trim()
    .toUpperCase()
    .replace(/[.!]+$/, '');
  if (['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'].includes(word)) return 'stop';
  if (['START', 'YES', 'UNSTOP'].includes(word)) return 'start';
  if (['HELP', 'INFO'].includes(word)) return 'help';
  return null;
}

export function twimlMessage(text: string | null): string {
  const response = new twilio.twiml.MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}
