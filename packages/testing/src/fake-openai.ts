import type { ServerResponse } from 'node:http';
import { HttpFake, type ReceivedRequest } from './http-fake.js';

/** How the fake answers chat completions (per model name, so one server covers every case). */
export type FakeOpenAiBehaviour = 'good' | 'slow' | 'garbage' | 'handover' | 'error';

export interface FakeOpenAiOptions {
  /** How long the `slow` model takes to answer. */
  slowMs?: number;
  /** The `good` model's answer text. */
  answer?: string;
}

/**
 * A local OpenAI-compatible chat server for tests, the bench and demos: the model name picks the
 * behaviour (`good`, `slow` = answers after `slowMs`, `garbage` = not JSON, `handover`, `error` = 500).
 * The real `openai` SDK talks to it (base URL `<baseUrl>/v1`), so the provider's code path is the
 * production one.
 */
export class FakeOpenAi extends HttpFake {
  readonly requests: { model: string; messages: { role: string; content: string }[] }[] = [];

  constructor(private readonly options: FakeOpenAiOptions = {}) {
    super();
  }

  /** What the `openai` SDK takes as its base URL. */
  get apiUrl(): string {
    if (!this.baseUrl) throw new Error('fake OpenAI server not started');
    return `${this.baseUrl}/v1`;
  }

  protected handle(request: ReceivedRequest, res: ServerResponse): void {
    const body = JSON.parse(request.body || '{}') as {
      model?: string;
      messages?: { role: string; content: string }[];
    };
    const model = (body.model ?? 'good') as FakeOpenAiBehaviour;
    this.requests.push({ model, messages: body.messages ?? [] });
    const reply = (content: string) =>
      this.sendJson(res, 200, {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      });
    const good = JSON.stringify({
      answer: this.options.answer ?? 'Yes, we have a private garage at EUR 18 per night.',
      confidence: 0.9,
      handover: false,
      reason: null,
      sources: ['article:parking'],
    });
    if (model === 'error') this.sendJson(res, 500, { error: { message: 'boom' } });
    else if (model === 'garbage') reply('Sure! Here is your answer: parking is available :)');
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
  }
}
