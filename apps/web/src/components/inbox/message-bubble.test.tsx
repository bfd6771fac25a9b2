import type { MessageDto } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../testing/render-text';
import { MessageBubble } from './message-bubble';

const base: MessageDto = {
  id: 'm1',
  conversationId: 'c1',
  direction: 'outbound',
  senderType: 'staff',
  sender: { id: 'u1', name: 'Lena Costa' },
  body: 'Of course!',
  status: 'delivered',
  errorCode: null,
  errorMessage: null,
  isPrivateNote: false,
  createdAt: new Date(2026, 10, 23, 10, 2),
  attachments: [],
};

const render = (message: Partial<MessageDto>, isEmail = false) =>
  renderText(
    <MessageBubble
      message={{ ...base, ...message }}
      guestName="Ana García"
      isEmail={isEmail}
      retrying={false}
      onRetry={() => {}}
    />,
  );

describe('MessageBubble', () => {
  it('shows who wrote it, the text and when', () => {
    const text = render({});
    expect(text).toContain('Lena Costa');
    expect(text).toContain('Of course!');
    expect(text).toMatch(/10:02/);
    expect(render({ direction: 'inbound', senderType: 'guest', sender: null, status: 'received' })).toContain(
      'Ana García',
    );
  });

  it('shows a failed reply in words, with its reason and a Retry button', () => {
    const text = render({
      status: 'failed',
      errorCode: '21211',
      errorMessage: 'The number is not a valid phone number.',
    });
    expect(text).toContain('The number is not a valid phone number. (error 21211)');
    expect(text).toContain('Retry');
    expect(render({ status: 'delivered' })).not.toContain('Retry');
  });

  it('labels private notes as visible to staff only, without a delivery tick', () => {
    const text = render({ isPrivateNote: true, status: 'sent', body: 'VIP, upgrade if possible' });
    expect(text).toContain('Private note · only visible to staff');
    expect(text).toContain('VIP, upgrade if possible');
  });

  it('marks AI replies', () => {
    const text = render({ senderType: 'ai', sender: null });
    expect(text).toContain('AI assistant');
    expect(text).toMatch(/\bAI\b/);
  });

  it('lists attachments, and folds quoted mail away in email threads', () => {
    const text = render(
      {
        body: 'See you then!\nOn Mon, 23 Nov 2026 at 10:02, Hotel Aurora wrote:\n> Your room is ready.',
        attachments: [
          { id: 'a1', fileName: 'invoice.pdf', contentType: 'application/pdf', sizeBytes: 48_000 },
        ],
      },
      true,
    );
    expect(text).toContain('invoice.pdf 47 KB');
    expect(text).toContain('Show quoted text');
    expect(text).not.toContain('Your room is ready.');
  });
});
