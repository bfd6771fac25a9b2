import type { ConversationCounts, ConversationListItem, ConversationPage } from '@stayzr/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { countsWithStatus, listWithStatus } from './optimistic-status';

const item = (id: string) => ({ id, status: 'open' }) as ConversationListItem;
const list: InfiniteData<ConversationPage> = {
  pages: [{ items: [item('a'), item('b')], nextCursor: null }],
  pageParams: [null],
};
const counts: ConversationCounts = { byStatus: { open: 2, pending: 0, snoozed: 0, resolved: 5 }, unread: 1 };

describe('optimistic status change', () => {
  it('takes a resolved conversation out of the open list at once', () => {
    expect(listWithStatus(list, 'open', 'a', 'resolved')?.pages[0]?.items.map((i) => i.id)).toEqual(['b']);
    expect(listWithStatus(list, 'resolved', 'a', 'resolved')?.pages[0]?.items[0]?.status).toBe('resolved');
  });

  it('moves the count from one tab to the other where the assignee filter includes it', () => {
    const mine = { status: 'open' as const, assignee: { id: 'me', name: 'Me' } };
    expect(countsWithStatus(counts, 'all', mine, 'resolved', 'me')?.byStatus).toEqual({
      open: 1,
      pending: 0,
      snoozed: 0,
      resolved: 6,
    });
    expect(countsWithStatus(counts, 'me', mine, 'snoozed', 'me')?.byStatus.snoozed).toBe(1);
    expect(countsWithStatus(counts, 'unassigned', mine, 'resolved', 'me')).toBe(counts);
    expect(countsWithStatus(counts, 'all', mine, 'open', 'me')).toBe(counts);
  });
});
