import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import twilio from 'twilio';

export interface RecordedSend {
  accountSid: string;
  authorization: string | undefined;
  to: string | null;
  from: string | null;
  body: string | null;
  statusCallback: string | null;
  sid: string | null;
}

type Scripted = { status: number; body: Record<string, unknown> };

export interface FakeTwilioOptions {
  /** Like the real carrier path: after accepting, post signed `sent` then `delivered` status callbacks. */
  autoDeliverAfterMs?: number | null;
}

/**
 * Twilio's Messages API on 127.0.0.1 for the real twilio SDK to talk to: the test double in
 * integration tests, and the local SMS sandbox of `npm run dev` and the browser tests. Replies can be
 * scripted (e.g. a 500 then a 201); by default it accepts every message. `GET /sandbox/messages`
 * lists what it received. Also serves MMS media files.
 */
export class FakeTwilio {
  readonly sends: RecordedSend[] = [];
  private readonly script: Scripted[] = [];
  private readonly media = new Map<string, { contentType: string; content: Buffer }>();
  private server: Server | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  baseUrl = '';

  constructor(private readonly options: FakeTwilioOptions = {}) {}

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.baseUrl;
  }

  /** The next replies, in order, before falling back to accepting. */
  respondWith(...replies: Scripted[]): void {
    this.script.push(...replies);
  }

  serveMedia(path: string, contentType: string, content: Buffer): string {
    this.media.set(path, { contentType, content });
    return `${this.baseUrl}${path}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (req.method === 'GET' && url.pathname === '/sandbox/messages') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.sends));
      return;
    }
    const media = this.media.get(url.pathname);
    if (req.method === 'GET' && media) {
      res.writeHead(200, { 'content-type': media.contentType }).end(media.content);
      return;
    }
    const match = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const scripted = this.script.shift();
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const accepted = !scripted || scripted.status < 300;
    this.sends.push({
      accountSid: match[1]!,
      authorization: req.headers.authorization,
      to: form.get('To'),
      from: form.get('From'),
      body: form.get('Body'),
      statusCallback: form.get('StatusCallback'),
      sid: accepted ? ((scripted?.body.sid as string | undefined) ?? sid) : null,
    });
    const reply = scripted ?? {
      status: 201,
      body: { sid, status: 'queued', to: form.get('To'), from: form.get('From'), body: form.get('Body') },
    };
    res
      .writeHead(reply.status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ sid, status: 'queued', ...reply.body }));
    const callback = form.get('StatusCallback');
    const delay = this.options.autoDeliverAfterMs;
    if (accepted && callback && delay != null) {
      const authToken = this.authTokenOf(req.headers.authorization);
      for (const [index, status] of ['sent', 'delivered'].entries()) {
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            void this.postStatus(callback, authToken, {
              MessageSid: sid,
              MessageStatus: status,
              AccountSid: match[1]!,
            });
          },
          delay * (index + 1),
        );
        this.timers.add(timer);
      }
    }
  }

  private authTokenOf(authorization: string | undefined): string {
    const decoded = Buffer.from((authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }

  /** Signed like Twilio's own callbacks, so the server's signature check applies unchanged. */
  private async postStatus(url: string, authToken: string, params: Record<string, string>): Promise<void> {
    await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
      },
      body: new URLSearchParams(params),
    }).catch(() => undefined);
  }
}
