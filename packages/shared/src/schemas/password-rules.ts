/**
 * Structural password rules of NIST 800-63B §5.1.1.2 that need no word list, so the browser can show
 * them as the user types: no single repeated character, no run along the keyboard or the alphabet,
 * no short chunk repeated. The common-password blocklist and the user's own email and name are
 * checked on the server (see password-policy.ts), which bundles the list.
 */
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
];

function isSequential(value: string): boolean {
  const lower = value.toLowerCase();
  return SEQUENCES.some((sequence) => {
    const both = `${sequence}${sequence}`;
    const reversed = [...both].reverse().join('');
    return both.includes(lower) || reversed.includes(lower);
  });
}

/** A message saying what is wrong with a new password, or null when the structure is fine. */
export function passwordStructureProblem(password: string): string | null {
  const chars = [...password];
  if (password.trim() === '') return 'A password cannot be only spaces.';
  if (new Set(chars).size <= 2) return 'Avoid repeating the same characters (like “aaaaaaaaaaaa”).';
  for (let size = 1; size <= chars.length / 2; size++) {
    const chunk = chars.slice(0, size).join('');
    if (chunk.repeat(Math.ceil(chars.length / size)).startsWith(password))
      return 'Avoid a short pattern repeated over and over.';
  }
  if (isSequential(password)) return 'Avoid sequences like “123456789012” or “abcdefghijkl”.';
  return null;
}
