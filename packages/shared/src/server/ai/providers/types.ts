import type { KnowledgeHit } from '@stayzr/db/queries';

export interface AiComposeInput {
  question: string;
  /** The language to answer in (detected, else the guest's, else the best match's). */
  language: string;
  /** This organization's passages only, best first. */
  passages: readonly KnowledgeHit[];
  /** This conversation's recent messages, oldest first. */
  recent: readonly { from: 'guest' | 'hotel'; body: string }[];
}

/** The structured answer every provider returns; hand-over is decided from it by code. */
export interface AiComposition {
  answer: string | null;
  /** 0..1 */
  confidence: number;
  handover: boolean;
  reason: string | null;
  /** Refs of the passages used. */
  sources: string[];
}

export interface AiProvider {
  readonly name: string;
  compose(input: AiComposeInput): Promise<AiComposition>;
}

/** Below this retrieval score the extractive provider hands over instead of answering. */
export const ANSWER_THRESHOLD = 0.45;
/** Below this provider confidence code hands over, whatever the provider said. */
export const MIN_CONFIDENCE = 0.5;
