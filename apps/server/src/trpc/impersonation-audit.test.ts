import { describe, expect, it } from 'vitest';
import { impersonationAuditTarget } from './impersonation-audit.js';

const conversationId = '01a2514f-060f-76fb-9478-b3454da8e001';
const messageId = '01a2514f-060f-76fb-9478-b3454da8e002';
const userId = '01a2514f-060f-76fb-9478-b3454da8e003';

describe('impersonationAuditTarget', () => {
  it('names the most specific id of the input, and keeps the others', () => {
    expect(
      impersonationAuditTarget('conversations.assign', { conversationId, assigneeId: userId }, undefined),
    ).toEqual({
      targetType: 'conversation',
      targetId: conversationId,
      metadata: { ids: { conversationId, assigneeId: userId } },
    });
    expect(impersonationAuditTarget('messages.retry', { messageId }, undefined)).toMatchObject({
      targetType: 'message',
      targetId: messageId,
    });
  });

  it('records what a write created beside the target it was made on', () => {
    expect(
      impersonationAuditTarget('messages.send', { conversationId, body: 'hi' }, { id: messageId }),
    ).toEqual({
      targetType: 'conversation',
      targetId: conversationId,
      metadata: { ids: { conversationId }, createdId: messageId },
    });
  });

  it('falls back to the created row, and to nothing for writes that name no row', () => {
    expect(
      impersonationAuditTarget('cannedResponses.create', { title: 't' }, { id: messageId }),
    ).toMatchObject({
      targetType: 'canned_response',
      targetId: messageId,
    });
    expect(
      impersonationAuditTarget('team.invite', { email: 'a@b.test' }, { invitationId: messageId }),
    ).toMatchObject({
      targetType: 'invitation',
      targetId: messageId,
    });
    expect(impersonationAuditTarget('notifications.markAllRead', undefined, undefined)).toEqual({
      targetType: null,
      targetId: null,
      metadata: {},
    });
  });

  it('ignores id fields that are not ids', () => {
    expect(
      impersonationAuditTarget('conversations.setStatus', { conversationId: 'x'.repeat(5000) }, null),
    ).toEqual({
      targetType: null,
      targetId: null,
      metadata: {},
    });
  });
});
