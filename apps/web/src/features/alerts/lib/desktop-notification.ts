/** The Notification API where the browser has it (not on iOS Safari outside a home-screen app). */
export function desktopSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function desktopPermission(): NotificationPermission | 'unsupported' {
  return desktopSupported() ? Notification.permission : 'unsupported';
}

/** Must be called from a click: browsers refuse (or mute) permission prompts that are not. */
export async function requestDesktopPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!desktopSupported()) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

/** One notification per conversation (a newer one replaces it); a click brings the tab forward. */
export function showDesktopNotification(input: {
  title: string;
  body: string;
  conversationId: string;
  onClick: () => void;
}): void {
  if (desktopPermission() !== 'granted') return;
  const notification = new Notification(input.title, {
    body: input.body,
    tag: `stayzr-conversation-${input.conversationId}`,
  });
  notification.onclick = () => {
    window.focus();
    input.onClick();
    notification.close();
  };
}
