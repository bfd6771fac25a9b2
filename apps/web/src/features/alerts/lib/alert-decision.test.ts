import { DEFAULT_ALERT_SETTINGS, type OrgEvent } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import {
  type AlertSituation,
  decideAlert,
  inQuietHours,
  openConversationOf,
  parseMinuteOfDay,
} from './alert-decision';

const ME = 'me-id';
const received = (assigneeId: string | null, conversationId = 'c1'): OrgEvent => ({
  type: 'message.received',
  conversationId,
  messageId: 'm1',
  assigneeId,
  newConversation: false,
});
const situation = (
  overrides: Partial<AlertSituation> & { scope?: 'all' | 'mine' | 'none' } = {},
): AlertSituation => {
  const { scope = 'mine', ...rest } = overrides;
  return {
    me: ME,
    settings: { ...DEFAULT_ALERT_SETTINGS, desktop: true, scope },
    openConversationId: null,
    tabVisible: true,
    minuteOfDay: 12 * 60,
    ...rest,
  };
};

describe('decideAlert', () => {
  it('all: every guest message alerts', () => {
    expect(decideAlert(received('colleague'), situation({ scope: 'all' }))).toMatchObject({
      reason: 'guest-message',
      sound: true,
      desktop: true,
    });
  });

  it('mine: assigned to me or unassigned, not a colleague’s', () => {
    expect(decideAlert(received(ME), situation())).not.toBeNull();
    expect(decideAlert(received(null), situation())).not.toBeNull();
    expect(decideAlert(received('colleague'), situation())).toBeNull();
  });

  it('none: nothing, not even assignments', () => {
    expect(decideAlert(received(ME), situation({ scope: 'none' }))).toBeNull();
    const assigned: OrgEvent = {
      type: 'conversation.updated',
      conversationId: 'c1',
      assigneeId: ME,
      status: 'open',
      assignedById: 'colleague',
    };
    expect(decideAlert(assigned, situation({ scope: 'none' }))).toBeNull();
    expect(decideAlert(assigned, situation({ scope: 'mine' }))).toMatchObject({ reason: 'assigned-to-me' });
  });

  it('assignments: only to me, by someone else, and only when the assignee changed', () => {
    const update = (assignedById?: string | null, assigneeId = ME): OrgEvent => ({
      type: 'conversation.updated',
      conversationId: 'c1',
      assigneeId,
      status: 'open',
      ...(assignedById === undefined ? {} : { assignedById }),
    });
    expect(decideAlert(update(ME), situation())).toBeNull();
    expect(decideAlert(update(undefined), situation())).toBeNull();
    expect(decideAlert(update('colleague', 'someone-else'), situation({ scope: 'all' }))).toBeNull();
    expect(decideAlert(update('colleague'), situation())).not.toBeNull();
  });

  it('no alert for the conversation on screen while the tab is visible; one when the tab is hidden', () => {
    expect(decideAlert(received(ME), situation({ openConversationId: 'c1' }))).toBeNull();
    expect(decideAlert(received(ME), situation({ openConversationId: 'c2' }))).not.toBeNull();
    expect(
      decideAlert(received(ME), situation({ openConversationId: 'c1', tabVisible: false })),
    ).not.toBeNull();
  });

  it('quiet hours across midnight silence both sound and desktop', () => {
    const night = { quietStartMin: 22 * 60, quietEndMin: 7 * 60 };
    const at = (minuteOfDay: number) =>
      decideAlert(received(ME), {
        ...situation(),
        minuteOfDay,
        settings: { ...situation().settings, ...night },
      });
    expect(at(23 * 60)).toBeNull();
    expect(at(0)).toBeNull();
    expect(at(6 * 60 + 59)).toBeNull();
    expect(at(7 * 60)).not.toBeNull();
    expect(at(21 * 60 + 59)).not.toBeNull();
  });

  it('follows the sound and desktop switches', () => {
    const quiet = situation();
    quiet.settings = { ...quiet.settings, sound: false, desktop: false };
    expect(decideAlert(received(ME), quiet)).toBeNull();
    quiet.settings = { ...quiet.settings, desktop: true };
    expect(decideAlert(received(ME), quiet)).toMatchObject({ sound: false, desktop: true });
  });

  it('ignores events that are not alerts (typing, delivery ticks, replies)', () => {
    const typing: OrgEvent = {
      type: 'conversation.typing',
      conversationId: 'c1',
      assigneeId: null,
      userId: 'x',
      userName: 'X',
    };
    expect(decideAlert(typing, situation({ scope: 'all' }))).toBeNull();
    expect(
      decideAlert(
        { type: 'message.created', conversationId: 'c1', messageId: 'm', assigneeId: ME },
        situation(),
      ),
    ).toBeNull();
  });
});

describe('quiet hours and paths', () => {
  it('a same-day range', () => {
    const settings = { ...DEFAULT_ALERT_SETTINGS, quietStartMin: 13 * 60, quietEndMin: 14 * 60 };
    expect(inQuietHours(settings, 13 * 60 + 30)).toBe(true);
    expect(inQuietHours(settings, 14 * 60)).toBe(false);
    expect(inQuietHours(DEFAULT_ALERT_SETTINGS, 0)).toBe(false);
  });

  it('parses times and the open conversation', () => {
    expect(parseMinuteOfDay('22:30')).toBe(1350);
    expect(parseMinuteOfDay('24:00')).toBeNull();
    expect(openConversationOf('/inbox/open/abc')).toBe('abc');
    expect(openConversationOf('/inbox/open')).toBeNull();
    expect(openConversationOf('/guests/abc')).toBeNull();
  });
});
