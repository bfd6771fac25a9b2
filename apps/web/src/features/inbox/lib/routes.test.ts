import { describe, expect, it } from 'vitest';
import { filtersFromSearch, inboxPath, parseStatus } from './routes';

describe('inbox URLs', () => {
  it('accept only the four statuses', () => {
    expect(parseStatus('snoozed')).toBe('snoozed');
    expect(parseStatus('archived')).toBeNull();
    expect(parseStatus(undefined)).toBeNull();
  });

  it('carry the open conversation and the filters, so a reload or a shared link shows the same thing', () => {
    const filters = {
      assignee: 'me',
      channel: 'sms',
      search: ' late checkout ',
      unread: true,
      sort: 'waiting',
      labelId: null,
    } as const;
    const path = inboxPath('open', 'c1', filters);
    expect(path).toBe('/inbox/open/c1?assignee=me&channel=sms&q=late+checkout&unread=1&sort=waiting');
    expect(filtersFromSearch(new URLSearchParams(path.split('?')[1]))).toEqual({
      assignee: 'me',
      channel: 'sms',
      search: 'late checkout',
      unread: true,
      sort: 'waiting',
      labelId: null,
    });
  });

  it('leave defaults out and ignore unknown values', () => {
    expect(inboxPath('resolved')).toBe('/inbox/resolved');
    expect(
      filtersFromSearch(new URLSearchParams('assignee=boss&channel=fax&sort=oldest&unread=yes')),
    ).toEqual({
      assignee: 'all',
      channel: null,
      search: '',
      unread: false,
      sort: 'newest',
      labelId: null,
    });
  });
});
