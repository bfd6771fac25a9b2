/**
 * "4 users · 3 active, 1 invited": the users the plan counts (active members plus pending invitations;
 * disabled members never count), then what they are. Only the members while the count is loading.
 */
export function userCountLine(active: number, users: number | undefined): string {
  if (users === undefined) return `${active} active`;
  const invited = Math.max(0, users - active);
  return `${users} ${users === 1 ? 'user' : 'users'} · ${active} active${invited > 0 ? `, ${invited} invited` : ''}`;
}
