import type { Prisma } from '@stayzr/db';
import { type MessageDto, type MessageSender, PLATFORM_TEAM_NAME } from '../../dto.js';

export const MESSAGE_INCLUDE = {
  senderUser: { select: { id: true, name: true } },
  attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true } },
} satisfies Prisma.MessageInclude;
export type MessageRow = Prisma.MessageGetPayload<{ include: typeof MESSAGE_INCLUDE }>;

/** `via`: the channel a reply went through when it is not the conversation's own. */
export function toMessageDto(row: MessageRow, via: MessageDto['via'] = null): MessageDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    via,
    direction: row.direction,
    senderType: row.senderType,
    sender: senderOf(row),
    body: row.body,
    status: row.status,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    isPrivateNote: row.isPrivateNote,
    createdAt: row.createdAt,
    attachments: row.attachments,
  };
}

/** The platform team's messages never name the super admin: the hotel cannot see them anyway. */
function senderOf(row: MessageRow): MessageSender | null {
  if (row.sentByPlatform) return { kind: 'platform', name: PLATFORM_TEAM_NAME };
  return row.senderUser ? { kind: 'staff', id: row.senderUser.id, name: row.senderUser.name } : null;
}
