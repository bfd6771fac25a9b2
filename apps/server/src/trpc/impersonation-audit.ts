/**
 * What an impersonated write touched, read from the procedure's input (and, for creations, its
 * result), so the audit row of a super admin's write inside an organization names its target.
 * Generic over the routers: any procedure whose input carries one of these id fields is covered.
 */
const ID_FIELDS: ReadonlyArray<readonly [field: string, targetType: string]> = [
  // Most specific first: a message belongs to a conversation, a stay to a guest.
  ['messageId', 'message'],
  ['conversationId', 'conversation'],
  ['stayId', 'stay'],
  ['survivorId', 'guest'],
  ['guestId', 'guest'],
  ['channelAccountId', 'channel_account'],
  ['cannedResponseId', 'canned_response'],
  ['invitationId', 'invitation'],
  ['notificationId', 'notification'],
  ['userId', 'user'],
];

/** The row a creation returns, by router, when the input named none (messages.send returns the message). */
const CREATED_BY_ROUTER: Record<string, string> = {
  conversations: 'conversation',
  messages: 'message',
  guests: 'guest',
  stays: 'stay',
  channels: 'channel_account',
  cannedResponses: 'canned_response',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImpersonationAuditTarget {
  targetType: string | null;
  targetId: string | null;
  /** Every id the input named (e.g. the assignee of conversations.assign), and the id of what was created. */
  metadata: { ids?: Record<string, string>; createdId?: string };
}

function idsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  const ids: Record<string, string> = {};
  for (const [key, id] of Object.entries(value)) {
    if ((key === 'id' || key.endsWith('Id')) && typeof id === 'string' && UUID.test(id)) ids[key] = id;
  }
  return ids;
}

export function impersonationAuditTarget(
  path: string,
  input: unknown,
  result: unknown,
): ImpersonationAuditTarget {
  const ids = idsOf(input);
  const created = idsOf(result);
  const createdType = CREATED_BY_ROUTER[path.split('.')[0] ?? ''];
  const createdId = created.id ?? created.messageId ?? created.invitationId;
  const fromInput = ID_FIELDS.find(([field]) => ids[field]);
  const fromResult = ID_FIELDS.find(([field]) => created[field]);
  const [targetType, targetId] = fromInput
    ? [fromInput[1], ids[fromInput[0]]]
    : created.id && createdType
      ? [createdType, created.id]
      : fromResult
        ? [fromResult[1], created[fromResult[0]]]
        : [null, null];
  return {
    targetType,
    targetId: targetId ?? null,
    metadata: {
      ...(Object.keys(ids).length ? { ids } : {}),
      ...(createdId && createdId !== targetId ? { createdId } : {}),
    },
  };
}
