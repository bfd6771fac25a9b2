import { MantineProvider } from '@mantine/core';
import type { ConversationDetail, MessageDto } from '@stayzr/shared';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../testing/render-text';
import { MessageBubble } from './message-bubble';

const base: MessageDto = {
  id: 'm1',
  conversationId: 'c1',
  via: null,
  direction: 'outbound',
  senderType: 'staff',
  sender: { kind: 'staff', id: 'u1', name: 'Lena Costa' },
  body: 'Of course!',
  status: 'delivered',
  errorCode: null,
  errorMessage: null,
  isPrivateNote: false,
  createdAt: new Date(2026, 10, 23, 10, 2),
  attachments: [],
};

type OtherChannels = ConversationDetail['otherChannels'];

const render = (message: Partial<MessageDto>, isEmail = false, otherChannels: OtherChannels = []) =>
  renderText(
    <MessageBubble
      message={{ ...base, ...message }}
      guestName="Ana García"
      isEmail={isEmail}
      retrying={false}
      onRetry={() => {}}
      otherChannels={otherChannels}
      onResendVia={() => {}}
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

  it('shows a note by the platform team as Stayzr support, never as Staff', () => {
    const text = render({ isPrivateNote: true, sender: { kind: 'platform', name: 'Stayzr support' } });
    expect(text).toContain('Stayzr support');
    expect(text).not.toContain('Staff');
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

  it('offers the guest’s other channels on a failed reply, and says when a reply went another way', () => {
    const sms = [{ id: 'ch2', type: 'sms' as const, name: 'Front desk SMS' }];
    const failed = { status: 'failed' as const, errorCode: 'CHANNEL_NOT_SUPPORTED', errorMessage: 'No.' };
    expect(render(failed, false, sms)).toContain('Send by SMS instead');
    expect(render({ status: 'delivered' }, false, sms)).not.toContain('Send by SMS instead');
    const two = [...sms, { id: 'ch3', type: 'sms' as const, name: 'Spa SMS' }];
    expect(render(failed, false, two)).toContain('Send by SMS instead (Spa SMS)');
    expect(render({ via: { type: 'sms', name: 'Front desk SMS' } })).toContain('by SMS');
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

  it('makes safe links clickable, opening outside the app without a referrer, and never a javascript: one', () => {
    const html = renderToString(
      <MantineProvider>
        <MessageBubble
          message={{ ...base, body: 'Menu: https://aurora.test/menu. Not this: javascript:alert(1)' }}
          guestName="Ana García"
          isEmail={false}
          retrying={false}
          onRetry={() => {}}
          otherChannels={[]}
          onResendVia={() => {}}
        />
      </MantineProvider>,
    );
    expect(html).toMatch(
      /<a href="https:\/\/aurora.test\/menu" target="_blank" rel="noopener noreferrer"[^>]*>https:\/\/aurora.test\/menu<\/a>/,
    );
    expect(html).not.toContain('href="javascript:');
    expect(html.match(/<a /g)).toHaveLength(1);
  });
});
