import { describe, expect, it } from 'vitest';
import { titleWithUnread } from './unread-title';

describe('titleWithUnread', () => {
  it('puts the count in front of the page’s own title, once', () => {
    expect(titleWithUnread('Open · Inbox · Stayzr', 3)).toBe('(3) Open · Inbox · Stayzr');
    expect(titleWithUnread('(3) Open · Inbox · Stayzr', 4)).toBe('(4) Open · Inbox · Stayzr');
  });

  it('drops it when everything is read, and caps it', () => {
    expect(titleWithUnread('(2) Team · Stayzr', 0)).toBe('Team · Stayzr');
    expect(titleWithUnread('Team · Stayzr', 250)).toBe('(99+) Team · Stayzr');
    expect(titleWithUnread('(99+) Team · Stayzr', 1)).toBe('(1) Team · Stayzr');
  });
});
