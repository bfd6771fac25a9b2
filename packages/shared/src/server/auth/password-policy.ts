import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../errors.js';
import { passwordStructureProblem } from '../../schemas/password-rules.js';

/**
 * NIST 800-63B §5.1.1.2: refuse passwords found in breach corpora, repetitive or sequential ones, and
 * context-specific words (the user's email and name). The list is zxcvbn-ts' bundled common-password
 * dictionary (~49,000 entries from breach corpora), shipped in the npm package: nothing is fetched at
 * run time. It stays server-side so the web bundle does not carry it.
 */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));

/** Separators people put between words of a password ("summer-2024", "hotel.paris"). */
const SEPARATORS = /[\s._\-+!@#$%^&*]+/g;

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(SEPARATORS, ''))) return true;
  // "password1234", "dragon2024!": a listed word with a number or a symbol appended.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return stem.length >= 6 && stem !== lower && COMMON_PASSWORDS.has(stem);
}

/** Parts of the email and name long enough to matter (short ones appear by chance). */
function personalWords(context: { email: string; name?: string | undefined }): string[] {
  const [local = '', domain = ''] = context.email.toLowerCase().split('@');
  const words = [local, ...local.split(/[._+-]+/), domain.split('.')[0] ?? ''];
  words.push(...(context.name ?? '').toLowerCase().split(/\s+/));
  return [...new Set(words)].filter((word) => word.length >= 4);
}

/** Throws WEAK_PASSWORD with a message saying why, or returns when the password may be set. */
export function assertAcceptablePassword(
  password: string,
  context: { email: string; name?: string | undefined },
): void {
  const structure = passwordStructureProblem(password);
  if (structure) throw new AppError('WEAK_PASSWORD', structure);
  if (isCommon(password)) {
    throw new AppError(
      'WEAK_PASSWORD',
      'This password is too common: it appears in lists attackers try first. Choose another.',
    );
  }
  const lower = password.toLowerCase().replace(SEPARATORS, '');
  if (personalWords(context).some((word) => lower.includes(word.replace(SEPARATORS, '')))) {
    throw new AppError('WEAK_PASSWORD', 'Do not use your email address or name in your password.');
  }
}
