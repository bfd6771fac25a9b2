import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail as the sink received it: the envelope and the parsed message. */
export interface SunkMail {
  envelopeFrom: string | null;
  envelopeTo: string[];
  from: string | null;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  receivedAt: string;
}

export interface SmtpSinkOptions {
  /** Mails larger than this are refused with 552 (a relay's limit). */
  maxBytes?: number;
}

/**
 * A local SMTP server that accepts every mail and keeps it (newest last): the platform's outgoing
 * mail (invitations) in `npm run dev`, the browser tests and the integration tests. No TLS, no auth,
 * like a developer's mail catcher. `listenHttp` shows what arrived at /sandbox/mail as JSON.
 */
export class SmtpSink {
  readonly mails: SunkMail[] = [];
  /** Set by listen(): the SMTP port and an `smtp://` URL for nodemailer. */
  port = 0;
  url = '';
  /** Set by listenHttp(): http://127.0.0.1:<port>. */
  httpUrl = '';
  private readonly smtp: SMTPServer;
  private http: Server | null = null;

  constructor(options: SmtpSinkOptions = {}) {
    this.smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      size: options.maxBytes ?? 10 << 20,
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then((mail) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
            callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
            return;
          }
          const envelopeFrom = session.envelope.mailFrom;
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          this.mails.push({
            envelopeFrom: envelopeFrom ? envelopeFrom.address : null,
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: mail.from?.value[0]?.address ?? null,
            to: to.flatMap((list) => list.value.map((address) => address.address ?? '')),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            messageId: mail.messageId ?? null,
            receivedAt: new Date().toISOString(),
          });
          callback();
        }, callback);
      },
    });
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.smtp.once('error', reject);
      this.smtp.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.smtp.server.address() as AddressInfo).port;
    this.url = `smtp://127.0.0.1:${this.port}`;
    return this.url;
  }

  /** GET /sandbox/mail → every mail received, newest last; ?to=<address> keeps one recipient's. */
  async listenHttp(port = 0): Promise<string> {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method !== 'GET' || url.pathname !== '/sandbox/mail') {
        res.writeHead(404).end();
        return;
      }
      const to = url.searchParams.get('to');
      const mails = to ? this.mailsTo(to) : this.mails;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ mails }));
    });
    this.http = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.httpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.httpUrl;
  }

  /** The mails sent to one address, newest last. */
  mailsTo(address: string): SunkMail[] {
    const wanted = address.toLowerCase();
    return this.mails.filter((mail) => mail.envelopeTo.some((a) => a.toLowerCase() === wanted));
  }

  async close(): Promise<void> {
    const http = this.http;
    this.http = null;
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
    await new Promise<void>((resolve) => this.smtp.close(() => resolve()));
  }
}
