import type { Prisma } from '@stayzr/db';
import type { MessageDto } from '../../dto.js';

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
    sender: row.senderUser,
    body: row.body,
    status: row.status,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    isPrivateNote: row.isPrivateNote,
    createdAt: row.createdAt,
    attachments: row.attachments,
  };
}
