import type { KnowledgeHit } from '@stayzr/db/queries';
import { type AiComposeInput, type AiComposition, type AiProvider, ANSWER_THRESHOLD } from './types.js';

/** The lead of a passage: hotels (and question/answer imports) put the answer first. */
export function leadOf(body: string, maxChars = 320): string {
  const text = body.replace(/\s+/g, ' ').trim();
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [text];
  let lead = '';
  for (const sentence of sentences) {
    const next = `${lead}${sentence}`.trim();
    if (lead && next.length > maxChars) break;
    lead = `${next} `;
    if (lead.length >= 120) break;
  }
  const result = lead.trim();
  return result.length > maxChars ? `${result.slice(0, maxChars - 1)}…` : result;
}

export function bestPassage(passages: readonly KnowledgeHit[], language: string): KnowledgeHit | null {
  const passing = passages.filter((p) => p.score >= ANSWER_THRESHOLD);
  return passing.find((p) => p.language === language) ?? passing[0] ?? null;
}

/** Built in, no network: answers with the best passage when it clears the threshold, else hands over. */
export class ExtractiveProvider implements AiProvider {
  readonly name = 'extractive';

  async compose(input: AiComposeInput): Promise<AiComposition> {
    const best = bestPassage(input.passages, input.language);
    if (!best) {
      return {
        answer: null,
        confidence: input.passages[0]?.score ?? 0,
        handover: true,
        reason: 'no passage of the knowledge base answers it well enough',
        sources: [],
      };
    }
    return {
      answer: leadOf(best.body),
      confidence: Math.min(1, best.score),
      handover: false,
      reason: null,
      sources: [`${best.kind}:${best.ref}`],
    };
  }
}
