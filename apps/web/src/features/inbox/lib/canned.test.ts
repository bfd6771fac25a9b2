import type { CannedResponseDto } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { filterCanned, insertCanned, slashQueryAt } from './canned';

const canned = (shortcut: string, title: string, body: string): CannedResponseDto => ({
  id: shortcut,
  shortcut,
  title,
  body,
});
const responses = [
  canned('wifi', 'Wi-Fi details', 'Network Aurora-Guest, password lisboa2026.'),
  canned('breakfast', 'Breakfast hours', 'Breakfast is served 07:00-10:30.'),
  canned('checkout', 'Check-out time', 'Check-out is until 11:00; late check-out on request.'),
  canned('parking', 'Parking', 'Private garage, EUR 18 per night.'),
];

describe('slashQueryAt', () => {
  it('opens on a slash at the start or after a space, up to the caret', () => {
    expect(slashQueryAt('/wi', 3)).toEqual({ query: 'wi', start: 0, end: 3 });
    expect(slashQueryAt('Hello /Brea', 11)).toEqual({ query: 'brea', start: 6, end: 11 });
    expect(slashQueryAt('/', 1)).toEqual({ query: '', start: 0, end: 1 });
  });

  it('covers the rest of the word when the caret is inside it', () => {
    expect(slashQueryAt('/wifi thanks', 3)).toEqual({ query: 'wi', start: 0, end: 5 });
  });

  it('stays closed for slashes inside words, URLs, dates, and after a space is typed', () => {
    expect(slashQueryAt('and/or', 6)).toBeNull();
    expect(slashQueryAt('see https://aurora.example/wifi', 31)).toBeNull();
    expect(slashQueryAt('on 12/11', 8)).toBeNull();
    expect(slashQueryAt('/wifi ', 6)).toBeNull();
  });
});

describe('filterCanned', () => {
  it('lists everything by shortcut for a bare slash', () => {
    expect(filterCanned(responses, '').map((r) => r.shortcut)).toEqual([
      'breakfast',
      'checkout',
      'parking',
      'wifi',
    ]);
  });

  it('puts shortcut prefixes first, then shortcut or title matches, then text matches', () => {
    expect(filterCanned(responses, 'p').map((r) => r.shortcut)).toEqual(['parking', 'wifi']);
    expect(filterCanned(responses, 'hours').map((r) => r.shortcut)).toEqual(['breakfast']);
    expect(filterCanned(responses, 'garage').map((r) => r.shortcut)).toEqual(['parking']);
    expect(filterCanned(responses, 'WI').map((r) => r.shortcut)).toEqual(['wifi']);
  });

  it('finds nothing for nonsense', () => {
    expect(filterCanned(responses, 'zzz')).toEqual([]);
  });
});

describe('insertCanned', () => {
  it('replaces the typed shortcut with the text and puts the caret after it', () => {
    expect(insertCanned('Hi! /wi', { start: 4, end: 7 }, 'Network Aurora-Guest.')).toEqual({
      text: 'Hi! Network Aurora-Guest.',
      caret: 25,
    });
  });

  it('keeps a space before text that followed the shortcut', () => {
    expect(insertCanned('/wifi:)', { start: 0, end: 5 }, 'Password x.')).toEqual({
      text: 'Password x. :)',
      caret: 12,
    });
  });
});
