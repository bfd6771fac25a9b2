import { describe, expect, it } from 'vitest';
import { addEventWork, emptyWork } from './live-events';

const base = { conversationId: 'c1', messageId: 'm1', assigneeId: null };

describe('addEventWork', () => {
  it('a guest’s message refreshes the lists, counts, that conversation and its thread', () => {
    const work = addEventWork(emptyWork(), { type: 'message.received', ...base, newConversation: false });
    expect(work).toMatchObject({ lists: true, counts: true });
    expect([...work.conversations]).toEqual(['c1']);
    expect([...work.threads]).toEqual(['c1']);
  });

  it('a delivery tick touches only its thread, and is applied at once', () => {
    const work = addEventWork(emptyWork(), {
      type: 'message.status',
      ...base,
      status: 'delivered',
      errorCode: null,
    });
    expect(work).toMatchObject({ lists: false, counts: false });
    expect([...work.threads]).toEqual(['c1']);
    expect(work.statuses).toEqual([
      { conversationId: 'c1', messageId: 'm1', status: 'delivered', errorCode: null },
    ]);
  });

  it('a staff reply does not recount the tabs', () => {
    const work = addEventWork(emptyWork(), { type: 'message.created', ...base });
    expect(work).toMatchObject({ lists: true, counts: false });
    expect(work.conversations.size).toBe(0);
  });

  it('a status or assignment change refreshes lists, counts and that conversation, not its messages', () => {
    const work = addEventWork(emptyWork(), {
      type: 'conversation.updated',
      conversationId: 'c2',
      assigneeId: 'u1',
      status: 'resolved',
    });
    expect(work).toMatchObject({ lists: true, counts: true });
    expect([...work.conversations]).toEqual(['c2']);
    expect(work.threads.size).toBe(0);
  });

  it('events arriving together share one round of refetches', () => {
    let work = emptyWork();
    for (const status of ['sent', 'delivered'] as const) {
      work = addEventWork(work, { type: 'message.status', ...base, status, errorCode: null });
    }
    work = addEventWork(work, { type: 'guest.updated', guestId: 'g1' });
    expect([...work.threads]).toEqual(['c1']);
    expect(work.statuses).toHaveLength(2);
    expect([...work.guests]).toEqual(['g1']);
  });
});
