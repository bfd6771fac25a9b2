import type { AppErrorCode } from '@stayzr/shared';
import { appCodeOf, errorMessage } from '../../../lib/api-errors';

export interface ComposerError {
  title: string;
  message: string;
  /** What the person at the desk can do about it, when it is not obvious from the message. */
  hint: string | null;
  /** The draft stays; for these the same send will fail again until someone changes something. */
  blocking: boolean;
}

const TITLES: Partial<Record<AppErrorCode, { title: string; hint: string | null }>> = {
  GUEST_OPTED_OUT: {
    title: 'This guest has opted out of texts',
    hint: 'Write a private note, or reach the guest another way.',
  },
  QUOTA_EXCEEDED: {
    title: 'Monthly message limit reached',
    hint: 'An org admin can change the plan under Settings → Plan & usage.',
  },
  SUBSCRIPTION_INACTIVE: {
    title: 'Sending is paused for this hotel',
    hint: 'An org admin can resolve billing under Settings → Plan & usage.',
  },
  FEATURE_NOT_IN_PLAN: {
    title: 'This channel is not in your plan',
    hint: 'An org admin can change the plan under Settings → Plan & usage.',
  },
  FORBIDDEN: { title: 'You cannot reply here', hint: null },
  NOT_FOUND: { title: 'This conversation is no longer available', hint: null },
  CONFLICT: { title: 'The message was not sent', hint: null },
};

/** A refused send, said plainly under the composer; the draft is kept so nothing typed is lost. */
export function composerErrorOf(error: unknown): ComposerError {
  const code = appCodeOf(error);
  const known = code ? TITLES[code] : undefined;
  return {
    title: known?.title ?? 'The message was not sent',
    message: errorMessage(error),
    hint: known?.hint ?? null,
    blocking: code !== null && code in TITLES,
  };
}
