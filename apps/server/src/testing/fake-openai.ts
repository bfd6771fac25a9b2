import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers chat completions (per model name, so one server covers every case). */
export type FakeOpenAiBehaviour = 'good' | 'slow' | 'garbage' | 'handover' | 'error';

/**
 * A local OpenAI-compatible chat server for tests, the bench and demos: the model name picks the
 * behaviour (`good`, `slow` = answers after `slowMs`, `garbage` = not JSON, `handover`, `error` = 500).
 * The real `openai` SDK talks to it, so the provider's code path is the production one.
 */
export class FakeOpenAi {
  private server: Server | null = null;
  readonly requests: { model: string; messages: { role: string; content: string }[] }[] = [];

  constructor(private readonly options: { slowMs?: number; answer?: string } = {}) {}

  get baseUrl(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake OpenAI server not started');
    return `http://127.0.0.1:${address.port}/v1`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as {
          model?: string;
          messages?: { role: string; content: string }[];
        };
        const model = (body.model ?? 'good') as FakeOpenAiBehaviour;
        this.requests.push({ model, messages: body.messages ?? [] });
        const reply = (content: string) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-fake',
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model,
              choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
            }),
          );
        };
        const good = JSON.stringify({
          answer: this.options.answer ?? 'Yes, we have a private garage at EUR 18 per night.',
          confidence: 0.9,
          handover: false,
          reason: null,
          sources: ['article:parking'],
        });
        if (model === 'error') {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'boom' } }));
        } else if (model === 'garbage') reply('Sure! Here is your answer: parking is available :)');
        else if (model === 'handover')
          reply(
            JSON.stringify({
              answer: null,
              confidence: 0.2,
              handover: true,
              reason: 'not in the passages',
              sources: [],
            }),
          );
        else if (model === 'slow') setTimeout(() => reply(good), this.options.slowMs ?? 2_000);
        else reply(good);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
