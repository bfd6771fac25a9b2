const PREFIX = /^\(\d+\+?\) /;

/** "(3) Inbox · Stayzr": the unread count in front of whatever title the page set. */
export function titleWithUnread(title: string, unread: number): string {
  const base = title.replace(PREFIX, '');
  if (unread <= 0) return base;
  return `(${unread > 99 ? '99+' : unread}) ${base}`;
}
