import { DEFAULT_ALERT_SETTINGS, type OrgEvent } from '@stayzr/shared';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMeQuery } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { guestDisplayName } from '../../inbox/lib/guest-name';
import { onInboxEvent } from '../../inbox/lib/live-events';
import { inboxPath } from '../../inbox/lib/routes';
import { type AlertDecision, decideAlert, openConversationOf } from '../lib/alert-decision';
import { showDesktopNotification } from '../lib/desktop-notification';
import { playChime, unlockAudioOnFirstGesture } from '../lib/tone';

/**
 * New-message alerts: a chime and/or a desktop notification for guest messages and assignments to me,
 * by the user's settings (alerts.settings), from the live events the inbox already receives.
 */
export function AlertsLive() {
  const me = useMeQuery().data?.id ?? '';
  const settings = trpc.alerts.settings.useQuery(undefined, { staleTime: 60_000 });
  const utils = trpc.useUtils();
  const location = useLocation();
  const navigate = useNavigate();
  const pathRef = useRef(location.pathname);
  pathRef.current = location.pathname;
  const settingsRef = useRef(settings.data ?? DEFAULT_ALERT_SETTINGS);
  settingsRef.current = settings.data ?? DEFAULT_ALERT_SETTINGS;

  useEffect(() => unlockAudioOnFirstGesture(), []);

  const notify = useCallback(
    async (decision: AlertDecision) => {
      if (decision.sound) playChime();
      if (!decision.desktop) return;
      const conversation = await utils.conversations.get
        .fetch({ conversationId: decision.conversationId })
        .catch(() => null);
      const name = conversation ? guestDisplayName(conversation.guest) : 'A guest';
      showDesktopNotification({
        title: decision.reason === 'assigned-to-me' ? `Assigned to you: ${name}` : `New message from ${name}`,
        body: conversation?.lastMessagePreview ?? 'Open the conversation to read it.',
        conversationId: decision.conversationId,
        onClick: () => navigate(inboxPath('open', decision.conversationId)),
      });
    },
    [utils, navigate],
  );

  useEffect(
    () =>
      onInboxEvent((event: OrgEvent) => {
        const now = new Date();
        const decision = decideAlert(event, {
          me,
          settings: settingsRef.current,
          openConversationId: openConversationOf(pathRef.current),
          tabVisible: document.visibilityState === 'visible',
          minuteOfDay: now.getHours() * 60 + now.getMinutes(),
        });
        if (decision) void notify(decision);
      }),
    [me, notify],
  );

  return null;
}
