import type { MessageDto, MessagePage } from '@stayzr/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { mergeMessages, newerCopy, patchStatus, threadMessages } from './thread-cache';

function message(id: string, minute: number, fields: Partial<MessageDto> = {}): MessageDto {
  return {
    id,
    conversationId: 'c1',
    via: null,
    direction: 'outbound',
    senderType: 'staff',
    sender: { kind: 'staff', id: 'u1', name: 'Lena' },
    body: `message ${id}`,
    status: 'sent',
    errorCode: null,
    errorMessage: null,
    isPrivateNote: false,
    createdAt: new Date(Date.UTC(2026, 10, 23, 10, minute)),
    attachments: [],
    ...fields,
  };
}

/** Newest page first (as the infinite query stores it), each page oldest first. */
function thread(...pages: MessageDto[][]): InfiniteData<MessagePage, string | null> {
  return {
    pages: pages.map((items, index) => ({
      items,
      olderCursor: index < pages.length - 1 ? `cursor-${index}` : null,
    })),
    pageParams: pages.map((_, index) => (index === 0 ? null : `cursor-${index - 1}`)),
  };
}

const ids = (data: InfiniteData<MessagePage, unknown>) => threadMessages(data).map((m) => m.id);

describe('threadMessages', () => {
  it('reads the pages back in time order', () => {
    expect(ids(thread([message('c', 3), message('d', 4)], [message('a', 1), message('b', 2)]))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});

describe('mergeMessages', () => {
  it('appends new messages to the newest page, in time order', () => {
    const data = thread([message('b', 2)], [message('a', 1)]);
    const merged = mergeMessages(data, [message('d', 4), message('b', 2), message('c', 3)]);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.pages[1]).toBe(data.pages[1]);
    expect(merged.pageParams).toBe(data.pageParams);
  });

  it('updates a message in whichever page holds it', () => {
    const data = thread([message('b', 2)], [message('a', 1, { status: 'queued' })]);
    const merged = mergeMessages(data, [
      message('a', 1, { status: 'failed', errorMessage: 'Invalid number' }),
    ]);
    expect(threadMessages(merged)[0]).toMatchObject({ status: 'failed', errorMessage: 'Invalid number' });
  });

  it('returns the same object when nothing changed, so nothing re-renders', () => {
    const data = thread([message('a', 1), message('b', 2)]);
    expect(mergeMessages(data, [message('b', 2)])).toBe(data);
  });
});

describe('newerCopy', () => {
  it('keeps a later delivery state that a slower fetch has not seen yet', () => {
    expect(
      newerCopy(message('a', 1, { status: 'delivered' }), message('a', 1, { status: 'sent' })).status,
    ).toBe('delivered');
  });

  it('takes the server’s copy after a retry (failed back to queued)', () => {
    expect(
      newerCopy(message('a', 1, { status: 'failed' }), message('a', 1, { status: 'queued' })).status,
    ).toBe('queued');
  });
});

describe('patchStatus', () => {
  const data = thread([message('a', 1, { status: 'sent' })]);

  it('moves a tick forward at once', () => {
    expect(threadMessages(patchStatus(data, 'a', 'delivered', null))[0]?.status).toBe('delivered');
  });

  it('ignores an event that arrives out of order', () => {
    const delivered = patchStatus(data, 'a', 'delivered', null);
    expect(patchStatus(delivered, 'a', 'sent', null)).toBe(delivered);
  });

  it('records a failure’s code, and lets a retry clear it', () => {
    const failed = patchStatus(data, 'a', 'failed', '30003');
    expect(threadMessages(failed)[0]).toMatchObject({ status: 'failed', errorCode: '30003' });
    expect(threadMessages(patchStatus(failed, 'a', 'queued', null))[0]).toMatchObject({
      status: 'queued',
      errorCode: null,
    });
  });

  it('leaves other threads’ messages alone', () => {
    expect(patchStatus(data, 'unknown', 'read', null)).toBe(data);
  });
});
