import { KNOWLEDGE_LANGUAGE_LABELS, KNOWLEDGE_LANGUAGES } from '@stayzr/shared';

export const LANGUAGE_OPTIONS = KNOWLEDGE_LANGUAGES.map((code) => ({
  value: code,
  label: KNOWLEDGE_LANGUAGE_LABELS[code],
}));

export function languageLabel(code: string): string {
  return (KNOWLEDGE_LANGUAGE_LABELS as Record<string, string>)[code] ?? code;
}

/** Score as the "ask a question" panel shows it: a percentage, so 0.45 reads as "45%". */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** Tags typed as "wifi, internet": trimmed, lower case, no empties or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
