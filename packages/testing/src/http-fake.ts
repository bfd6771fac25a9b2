import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';

/** A request as a fake received it, whole: the body is read before the fake answers. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, resolved against the fake's own address. */
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** Epoch milliseconds (sub-millisecond precision) at which the last byte of the body arrived. */
  receivedAt: number;
}

/** A canned answer a test queues up (an outage, a provider error) ahead of the fake's normal replies. */
export type ScriptedReply = { status: number; body: Record<string, unknown> };

export interface HttpFakeOptions {
  /** How long idle keep-alive connections stay open; clients that pool connections (the bench) reuse them. */
  keepAliveTimeoutMs?: number;
}

/**
 * The base of every provider fake: an HTTP server on 127.0.0.1 (any free port or a given one) that
 * records each request and hands it to `handle`. A fake of a new provider is one subclass.
 */
export abstract class HttpFake {
  readonly received: ReceivedRequest[] = [];
  /** Set by listen(): http://127.0.0.1:<port>. */
  baseUrl = '';
  private readonly script: ScriptedReply[] = [];
  private server: Server | null = null;

  constructor(private readonly httpOptions: HttpFakeOptions = {}) {}

  async listen(port = 0): Promise<string> {
    const server = createServer((req, res) => {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const request: ReceivedRequest = {
          method: req.method ?? 'GET',
          url: new URL(req.url ?? '/', this.baseUrl),
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: performance.timeOrigin + performance.now(),
        };
        this.received.push(request);
        await this.handle(request, res);
      })().catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    server.keepAliveTimeout = this.httpOptions.keepAliveTimeoutMs ?? 30_000;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    this.baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.baseUrl;
  }

  /** The next replies, in order, before the fake's normal behaviour resumes. */
  respondWith(...replies: ScriptedReply[]): void {
    this.script.push(...replies);
  }

  /** Forgets what was received and what was scripted (subclasses also drop their own state). */
  reset(): void {
    this.received.length = 0;
    this.script.length = 0;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next scripted reply, if a test queued one. */
  protected nextScripted(): ScriptedReply | undefined {
    return this.script.shift();
  }

  protected abstract handle(request: ReceivedRequest, res: ServerResponse): void | Promise<void>;

  protected sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }
}
