import type { OrgAuditTarget } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { actionDetail, actionLabel, actorName, targetLabel, targetPath } from './audit-labels';

const conversation: OrgAuditTarget = {
  type: 'conversation',
  id: '0190a1b2-0000-7000-8000-000000000001',
  label: '#12 · Ana García',
  conversationStatus: 'snoozed',
};

describe('audit log wording', () => {
  it('says what an action code means, and still reads an unknown one as words', () => {
    expect(actionLabel('conversation.assigned')).toBe('Assigned a conversation');
    expect(actionLabel('message.note_added')).toBe('Added a private note');
    expect(actionLabel('guest.data_exported')).toBe('Guest: data exported');
    expect(actionLabel('impersonated.conversations.markRead')).toBe('Read a conversation');
    expect(actionLabel('impersonated.stays.create')).toBe('Made a change (stays.create)');
  });

  it('adds the detail a role or status change carries', () => {
    expect(actionDetail({ action: 'team.role_changed', metadata: { from: 'STAFF', to: 'ORG_ADMIN' } })).toBe(
      'Staff → Org admin',
    );
    expect(
      actionDetail({ action: 'conversation.status_changed', metadata: { from: 'open', to: 'resolved' } }),
    ).toBe('to Resolved');
    expect(actionDetail({ action: 'team.role_changed', metadata: null })).toBeNull();
  });

  it('names the platform team as Stayzr support and a deleted member as a former teammate', () => {
    expect(actorName({ kind: 'platform', name: 'Stayzr support' })).toBe('Stayzr support');
    expect(actorName({ kind: 'deleted_user', id: 'u1' })).toBe('Former teammate');
    expect(actorName({ kind: 'system' })).toBe('System');
  });

  it('links a conversation to its inbox tab, a member to the team page, and nothing that is gone', () => {
    expect(targetPath(conversation)).toBe(`/inbox/snoozed/${conversation.id}`);
    expect(targetLabel(conversation)).toBe('#12 · Ana García');
    expect(targetPath({ ...conversation, label: null, conversationStatus: null })).toBeNull();
    expect(targetPath({ type: 'user', id: 'u1', label: 'Lena Costa', conversationStatus: null })).toBe(
      '/settings/team',
    );
    expect(targetLabel({ type: 'organization', id: 'o1', label: null, conversationStatus: null })).toBe(
      'Your organization',
    );
  });
});
