import type { MessageDto } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { buildThreadRows, splitQuoted } from './thread-rows';

const now = new Date(2026, 10, 23, 15, 0);
const message = (id: string, createdAt: Date): MessageDto => ({
  id,
  conversationId: 'c1',
  via: null,
  direction: 'inbound',
  senderType: 'guest',
  sender: null,
  body: 'Hello',
  status: 'received',
  errorCode: null,
  errorMessage: null,
  isPrivateNote: false,
  createdAt,
  attachments: [],
});

const describeRows = ({ rows, firstDay }: ReturnType<typeof buildThreadRows>) => [
  `— ${firstDay} —`,
  ...rows.flatMap((row) => (row.dayAfter ? [row.message.id, `— ${row.dayAfter} —`] : [row.message.id])),
];

describe('buildThreadRows', () => {
  it('separates the days: the first in the header, the others under the last message of the day before', () => {
    const layout = buildThreadRows(
      [
        message('a', new Date(2026, 10, 21, 22, 0)),
        message('b', new Date(2026, 10, 22, 8, 0)),
        message('c', new Date(2026, 10, 22, 9, 0)),
        message('d', new Date(2026, 10, 23, 10, 0)),
      ],
      { now, locale: 'en-GB' },
    );
    expect(describeRows(layout)).toEqual([
      '— Saturday 21 November —',
      'a',
      '— Yesterday —',
      'b',
      'c',
      '— Today —',
      'd',
    ]);
  });

  it('keeps every row as it was when older messages are added above', () => {
    const newer = [message('c', new Date(2026, 10, 23, 10, 0)), message('d', new Date(2026, 10, 23, 11, 0))];
    const before = buildThreadRows(newer, { now });
    const after = buildThreadRows(
      [message('a', new Date(2026, 10, 22, 9, 0)), message('b', new Date(2026, 10, 23, 9, 0)), ...newer],
      {
        now,
      },
    );
    expect(after.rows.slice(2)).toEqual(before.rows);
    expect(after.rows.map((row) => row.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(after.rows[0]?.dayAfter).toBe('Today');
  });

  it('has no header day for an empty thread', () => {
    expect(buildThreadRows([], { now })).toEqual({ rows: [], firstDay: null });
  });
});

describe('splitQuoted', () => {
  it('separates the quoted earlier mail from the new text', () => {
    const body =
      'Thanks, see you then!\n\nOn Mon, 23 Nov 2026 at 10:02, Hotel Aurora wrote:\n> Your room is ready.';
    expect(splitQuoted(body)).toEqual({
      text: 'Thanks, see you then!',
      quoted: 'On Mon, 23 Nov 2026 at 10:02, Hotel Aurora wrote:\n> Your room is ready.',
    });
  });

  it('recognises a trailing block of > lines', () => {
    expect(splitQuoted('Yes please.\n> Would you like breakfast?\n>\n> Hotel Aurora')).toEqual({
      text: 'Yes please.',
      quoted: '> Would you like breakfast?\n>\n> Hotel Aurora',
    });
  });

  it('leaves a body without quoting, or made only of quoting, whole', () => {
    expect(splitQuoted('Just a question: > 2 towels?')).toEqual({
      text: 'Just a question: > 2 towels?',
      quoted: null,
    });
    expect(splitQuoted('> only quoted')).toEqual({ text: '> only quoted', quoted: null });
  });
});
