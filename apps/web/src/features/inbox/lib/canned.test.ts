import {
  type CannedResponseDto,
  fillCannedVariables,
  unfilledCannedVariables,
  unknownCannedVariables,
  ZCannedResponseInput,
} from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { cannedValues, filterCanned, insertCanned, slashQueryAt } from './canned';

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

describe('canned response variables', () => {
  const conversation = {
    guestProfile: { name: 'Ana García López' },
    stay: { room: '214', checkIn: '2026-11-23', checkOut: '2026-11-26', confirmationCode: 'AX72K' },
    hotel: { name: 'Hotel Aurora', address: null },
  } as unknown as Parameters<typeof cannedValues>[0];

  it('fills the guest, stay and hotel from the open conversation', () => {
    const body =
      'Hi {{guest.firstName}} ({{ guest.name }}), room {{stay.roomNumber}}, {{stay.checkIn}} to {{stay.checkOut}}, ref {{stay.confirmationCode}} at {{hotel.name}}.';
    expect(fillCannedVariables(body, cannedValues(conversation, 'en-GB'))).toBe(
      'Hi Ana (Ana García López), room 214, Mon 23 November to Thu 26 November, ref AX72K at Hotel Aurora.',
    );
  });

  it('leaves a placeholder where the conversation has no value, and send is blocked until it is replaced', () => {
    const noStay = { ...conversation, stay: null, guestProfile: { name: null } } as typeof conversation;
    const filled = fillCannedVariables(
      'Hello {{guest.firstName}}, your room {{stay.roomNumber}} at {{hotel.name}}',
      cannedValues(noStay),
    );
    expect(filled).toBe('Hello {{guest.firstName}}, your room {{stay.roomNumber}} at Hotel Aurora');
    expect(unfilledCannedVariables(filled)).toEqual(['guest.firstName', 'stay.roomNumber']);
    expect(unfilledCannedVariables('Hello Ana, your room 12')).toEqual([]);
  });

  it('names the variables a canned response may not use', () => {
    expect(unknownCannedVariables('Hi {{guest.firstName}} {{guest.surname}} {{foo}} {{foo}}')).toEqual([
      'guest.surname',
      'foo',
    ]);
    expect(
      ZCannedResponseInput.safeParse({ shortcut: 'x', title: 'X', body: 'Hi {{guest.nam}}' }).error?.issues[0]
        ?.message,
    ).toMatch(/Unknown variable \{\{guest\.nam\}\}\. Use \{\{guest\.firstName\}\}/);
    expect(
      ZCannedResponseInput.safeParse({ shortcut: 'x', title: 'X', body: 'Hi {{guest.name}}' }).success,
    ).toBe(true);
  });
});
