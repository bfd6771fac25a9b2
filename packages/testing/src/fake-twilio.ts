import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import twilio from 'twilio';
import { HttpFake, type ReceivedRequest, type ScriptedReply } from './http-fake.js';

export interface RecordedSend {
  accountSid: string;
  authorization: string | undefined;
  to: string | null;
  from: string | null;
  body: string | null;
  statusCallback: string | null;
  /** The sid the fake answered with; null when the send was refused. */
  sid: string | null;
  /** Epoch ms at which the fake accepted (or refused) it: the message's date_created in the list. */
  createdAt: number;
}

export interface FakeTwilioOptions {
  /** Like the real carrier path: after accepting, post signed `sent` then `delivered` status callbacks. */
  autoDeliverAfterMs?: number | null;
}

/** Twilio's own limit on one (concatenated) message body, in characters. */
export const TWILIO_MAX_BODY_CHARS = 1600;

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/;

const twilioError = (status: number, code: number, message: string): ScriptedReply => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

/**
 * Twilio's Messages API on 127.0.0.1 for the real twilio SDK to talk to: the test double in
 * integration tests, the SMS sandbox of `npm run dev` and the browser tests, and the provider of the
 * bench. It checks what Twilio checks first (Basic credentials of the account in the URL, error 20003;
 * a body over 1600 characters, error 21617), then answers with the scripted replies (e.g. a 500, then a
 * 201) and by default accepts. `sends` lists every send and `arrivals` when each body arrived (the bench
 * times send → delivered with it); `GET /sandbox/messages` lists the sends over HTTP. Also serves MMS
 * media files.
 */
export class FakeTwilio extends HttpFake {
  readonly sends: RecordedSend[] = [];
  /** Accepted body → epoch ms at which it arrived (the latest arrival of a repeated body). */
  readonly arrivals = new Map<string, number>();
  private readonly media = new Map<string, { contentType: string; content: Buffer }>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: FakeTwilioOptions = {}) {
    super();
  }

  serveMedia(path: string, contentType: string, content: Buffer): string {
    this.media.set(path, { contentType, content });
    return `${this.baseUrl}${path}`;
  }

  override reset(): void {
    super.reset();
    this.clearTimers();
    this.sends.length = 0;
    this.arrivals.clear();
    this.media.clear();
  }

  override async close(): Promise<void> {
    this.clearTimers();
    await super.close();
  }

  protected handle(request: ReceivedRequest, res: ServerResponse): void {
    const { pathname } = request.url;
    if (request.method === 'GET' && pathname === '/sandbox/messages') {
      this.sendJson(res, 200, this.sends);
      return;
    }
    const media = this.media.get(pathname);
    if (request.method === 'GET' && media) {
      res.writeHead(200, { 'content-type': media.contentType }).end(media.content);
      return;
    }
    const accountSid = MESSAGES_PATH.exec(pathname)?.[1];
    if (request.method === 'GET' && accountSid) {
      this.listMessages(request, accountSid, res);
      return;
    }
    if (request.method !== 'POST' || !accountSid) {
      res.writeHead(404).end();
      return;
    }
    const form = new URLSearchParams(request.body);
    const body = form.get('Body');
    const credentials = basicCredentials(request.headers.authorization);
    const refusal =
      credentials?.username !== accountSid
        ? twilioError(401, 20003, 'Authenticate')
        : body !== null && [...body].length > TWILIO_MAX_BODY_CHARS
          ? twilioError(
              400,
              21617,
              `The concatenated message body exceeds the ${TWILIO_MAX_BODY_CHARS} character limit`,
            )
          : null;
    const scripted = refusal ?? this.nextScripted();
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const accepted = !scripted || scripted.status < 300;
    if (accepted && body !== null) this.arrivals.set(body, request.receivedAt);
    this.sends.push({
      accountSid,
      authorization: request.headers.authorization,
      to: form.get('To'),
      from: form.get('From'),
      body,
      statusCallback: form.get('StatusCallback'),
      sid: accepted ? ((scripted?.body.sid as string | undefined) ?? sid) : null,
      createdAt: request.receivedAt,
    });
    const reply = scripted ?? {
      status: 201,
      body: {
        sid,
        account_sid: accountSid,
        status: 'queued',
        to: form.get('To'),
        from: form.get('From'),
        body,
      },
    };
    this.sendJson(res, reply.status, refusal ? reply.body : { sid, status: 'queued', ...reply.body });
    const callback = form.get('StatusCallback');
    const delay = this.options.autoDeliverAfterMs;
    if (accepted && callback && delay != null && credentials) {
      for (const [index, status] of ['sent', 'delivered'].entries()) {
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            void postSignedTwilioWebhook(
              callback,
              { MessageSid: sid, MessageStatus: status, AccountSid: accountSid },
              credentials.password,
            ).catch(() => undefined);
          },
          delay * (index + 1),
        );
        this.timers.add(timer);
      }
    }
  }

  /** `GET …/Messages.json?To=&From=`: the account's accepted messages, newest first (one page). */
  private listMessages(request: ReceivedRequest, accountSid: string, res: ServerResponse): void {
    if (basicCredentials(request.headers.authorization)?.username !== accountSid) {
      const refusal = twilioError(401, 20003, 'Authenticate');
      this.sendJson(res, refusal.status, refusal.body);
      return;
    }
    const to = request.url.searchParams.get('To');
    const from = request.url.searchParams.get('From');
    const pageSize = Number(request.url.searchParams.get('PageSize') ?? 50);
    const messages = this.sends
      .filter((send) => send.accountSid === accountSid && send.sid !== null)
      .filter((send) => (!to || send.to === to) && (!from || send.from === from))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, pageSize)
      .map((send) => ({
        sid: send.sid,
        account_sid: accountSid,
        to: send.to,
        from: send.from,
        body: send.body,
        status: 'sent',
        date_created: new Date(send.createdAt).toUTCString().replace('GMT', '+0000'),
      }));
    const uri = `${request.url.pathname}${request.url.search}`;
    this.sendJson(res, 200, {
      messages,
      uri,
      first_page_uri: uri,
      next_page_uri: null,
      previous_page_uri: null,
      page: 0,
      page_size: pageSize,
      start: 0,
      end: Math.max(messages.length - 1, 0),
    });
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

function basicCredentials(authorization: string | undefined): { username: string; password: string } | null {
  if (!authorization?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * POSTs form params to a Twilio webhook (inbound SMS, status callback), signed as Twilio signs them
 * with the account's auth token (or unsigned: null).
 */
export function postSignedTwilioWebhook(
  url: string,
  params: Record<string, string>,
  authToken: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authToken) headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(authToken, url, params);
  return fetch(url, { method: 'POST', headers, body: new URLSearchParams(params) });
}
