import { describe, expect, it } from 'vitest';
import { formatScore, languageLabel, parseTags } from './languages';

describe('knowledge helpers', () => {
  it('parses comma-separated tags without empties or repeats', () => {
    expect(parseTags(' WiFi, internet,,wifi ')).toEqual(['wifi', 'internet']);
  });
  it('labels languages and formats scores', () => {
    expect(languageLabel('pt')).toBe('Portuguese');
    expect(languageLabel('xx')).toBe('xx');
    expect(formatScore(0.456)).toBe('46%');
  });
});
