import type { AlertSettings, OrgEvent } from '@stayzr/shared';

/** What kind of alert an event deserves, before the user's settings are applied. */
export type AlertReason = 'guest-message' | 'assigned-to-me';

export interface AlertSituation {
  me: string;
  settings: AlertSettings;
  /** The conversation on screen (from the URL), if any. */
  openConversationId: string | null;
  tabVisible: boolean;
  /** Minutes after midnight on the browser's clock. */
  minuteOfDay: number;
}

export interface AlertDecision {
  reason: AlertReason;
  conversationId: string;
  sound: boolean;
  desktop: boolean;
}

/** Quiet hours on the browser's clock; a range whose start is after its end crosses midnight. */
export function inQuietHours(settings: AlertSettings, minuteOfDay: number): boolean {
  const { quietStartMin: start, quietEndMin: end } = settings;
  if (start === null || end === null || start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

function reasonOf(event: OrgEvent, me: string, scope: AlertSettings['scope']): AlertReason | null {
  if (event.type === 'message.received') {
    if (scope === 'all') return 'guest-message';
    // "Mine": assigned to me, or to nobody yet (someone has to pick it up).
    if (scope === 'mine' && (event.assigneeId === null || event.assigneeId === me)) return 'guest-message';
    return null;
  }
  if (
    event.type === 'conversation.updated' &&
    event.assignedById !== undefined &&
    event.assigneeId === me &&
    event.assignedById !== me &&
    scope !== 'none'
  ) {
    return 'assigned-to-me';
  }
  return null;
}

/** Whether `event` rings and/or shows a desktop notification; null when it does neither. */
export function decideAlert(event: OrgEvent, situation: AlertSituation): AlertDecision | null {
  const { settings } = situation;
  if (!('conversationId' in event)) return null;
  const reason = reasonOf(event, situation.me, settings.scope);
  if (!reason) return null;
  // The conversation already in front of the user needs no alert.
  if (situation.tabVisible && situation.openConversationId === event.conversationId) return null;
  if (inQuietHours(settings, situation.minuteOfDay)) return null;
  if (!settings.sound && !settings.desktop) return null;
  return { reason, conversationId: event.conversationId, sound: settings.sound, desktop: settings.desktop };
}

/** "22:00" ⇄ 1320. */
export function formatMinuteOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function parseMinuteOfDay(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** The conversation id in `/inbox/<status>/<id>`, if the path has one. */
export function openConversationOf(pathname: string): string | null {
  const match = /^\/inbox\/[^/]+\/([^/?#]+)/.exec(pathname);
  return match?.[1] ?? null;
}
