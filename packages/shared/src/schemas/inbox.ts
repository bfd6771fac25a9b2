import { z } from 'zod';
import { CANNED_VARIABLES, unknownCannedVariables } from './canned-variables.js';
import { ZId } from './team.js';
import { ZDateOnly, zInstant, zText } from './text.js';

export const ZConversationStatus = z.enum(['open', 'pending', 'snoozed', 'resolved']);
export const ZChannelType = z.enum(['sms', 'whatsapp', 'email']);

export const ZConversationListInput = z.object({
  status: ZConversationStatus.default('open'),
  assignee: z.enum(['me', 'unassigned', 'all']).default('all'),
  channel: ZChannelType.optional(),
  search: zText().trim().max(100).optional(),
  /** Only conversations carrying this label. */
  labelId: ZId.optional(),
  /** Only conversations with guest messages the reading user has not read. */
  unread: z.boolean().default(false),
  /** `newest`: last message first; `waiting`: the guests waiting longest for an answer first, then the rest. */
  sort: z.enum(['newest', 'waiting']).default('newest'),
  /** Opaque cursor from the previous page (it holds the sort key, so it only continues the same sort). */
  cursor: zText().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ConversationListInput = z.infer<typeof ZConversationListInput>;

export const ZConversationIdInput = z.object({ conversationId: ZId });
export const ZAssignInput = z.object({ conversationId: ZId, assigneeId: ZId.nullable() });
export const ZSetStatusInput = z
  .object({
    conversationId: ZId,
    status: ZConversationStatus,
    snoozedUntil: zInstant().optional(),
  })
  .refine((v) => v.status !== 'snoozed' || (v.snoozedUntil && v.snoozedUntil.getTime() > Date.now()), {
    message: 'Snoozing needs a time in the future',
    path: ['snoozedUntil'],
  });
export type SetStatusInput = z.infer<typeof ZSetStatusInput>;

export const ZMessageListInput = z.object({
  conversationId: ZId,
  /** Older history: messages before this cursor. */
  cursor: zText().max(200).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type MessageListInput = z.infer<typeof ZMessageListInput>;

export const MESSAGE_BODY_MAX = 4_000;
export const ZSendMessageInput = z.object({
  conversationId: ZId,
  body: zText().trim().min(1, 'Write a message first').max(MESSAGE_BODY_MAX),
  isPrivateNote: z.boolean().default(false),
});
export type SendMessageInput = z.infer<typeof ZSendMessageInput>;

export const ZMessageIdInput = z.object({ messageId: ZId });

export const ZResendViaInput = z.object({ messageId: ZId, channelAccountId: ZId });
export type ResendViaInput = z.infer<typeof ZResendViaInput>;

export const ZInboxEventsInput = z.object({ lastEventId: zText().max(64).nullish() }).optional();

export const ZGuestIdInput = z.object({ guestId: ZId });
export const ZUpdateGuestInput = z.object({
  guestId: ZId,
  name: zText().trim().max(120).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: zText().trim().max(32).nullable().optional(),
  language: zText().trim().max(12).nullable().optional(),
  notes: zText().max(4_000).nullable().optional(),
});
export type UpdateGuestInput = z.infer<typeof ZUpdateGuestInput>;
export const ZGuestSearchInput = z.object({
  query: zText().trim().min(1).max(100),
  limit: z.number().int().min(1).max(50).default(20),
});
export const ZMergeGuestsInput = z
  .object({ survivorId: ZId, mergedId: ZId })
  .refine((v) => v.survivorId !== v.mergedId, {
    message: 'Pick two different guests',
  });

export const ZStayStatus = z.enum(['booked', 'checked_in', 'checked_out', 'canceled', 'no_show']);
export const ZCreateStayInput = z
  .object({
    guestId: ZId,
    room: zText().trim().max(20).nullable().optional(),
    checkIn: ZDateOnly,
    checkOut: ZDateOnly,
    status: ZStayStatus.default('booked'),
    confirmationCode: zText().trim().max(40).nullable().optional(),
  })
  .refine((v) => v.checkOut > v.checkIn, { message: 'Check-out must be after check-in', path: ['checkOut'] });
export type CreateStayInput = z.infer<typeof ZCreateStayInput>;
export const ZUpdateStayInput = z.object({
  stayId: ZId,
  room: zText().trim().max(20).nullable().optional(),
  checkIn: ZDateOnly.optional(),
  checkOut: ZDateOnly.optional(),
  status: ZStayStatus.optional(),
  confirmationCode: zText().trim().max(40).nullable().optional(),
});
export type UpdateStayInput = z.infer<typeof ZUpdateStayInput>;

export const ZE164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'Use the international format, e.g. +15005550006');
/** A channel's name as the team sees it (the provider-specific settings are the catalog's). */
export const ZChannelName = zText()
  .trim()
  .min(1, 'Give the channel a name')
  .max(80, 'Use at most 80 characters');
export const ZChannelIdInput = z.object({ channelAccountId: ZId });

export const ZCannedResponseInput = z.object({
  shortcut: zText()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_-]{0,29}$/, 'Use up to 30 letters, digits, - or _ (typed after /)'),
  title: zText().trim().min(1).max(80),
  body: zText()
    .trim()
    .min(1)
    .max(MESSAGE_BODY_MAX)
    .superRefine((body, ctx) => {
      const unknown = unknownCannedVariables(body);
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown ${unknown.length === 1 ? 'variable' : 'variables'} ${unknown
            .map((name) => `{{${name}}}`)
            .join(', ')}. Use ${CANNED_VARIABLES.map((name) => `{{${name}}}`).join(', ')}.`,
        });
      }
    }),
});
export const ZUpdateCannedResponseInput = ZCannedResponseInput.partial().extend({ cannedResponseId: ZId });
export const ZCannedResponseIdInput = z.object({ cannedResponseId: ZId });

/** Label colours: Mantine palette names, so a badge reads well in the light and the dark theme. */
export const LABEL_COLORS = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
] as const;
export const ZLabelInput = z.object({
  name: zText().trim().min(1, 'Give the label a name').max(40),
  color: z.enum(LABEL_COLORS),
});
export type LabelInput = z.infer<typeof ZLabelInput>;
export const ZUpdateLabelInput = ZLabelInput.partial().extend({ labelId: ZId });
export const ZLabelIdInput = z.object({ labelId: ZId });
export const ZConversationLabelInput = z.object({ conversationId: ZId, labelId: ZId });

export const BULK_UPDATE_MAX = 100;
export const ZBulkUpdateInput = z
  .object({
    conversationIds: z.array(ZId).min(1, 'Select at least one conversation').max(BULK_UPDATE_MAX),
    /** A user id, or null to unassign; left out: assignment unchanged. */
    assigneeId: ZId.nullable().optional(),
    /** open, pending or resolved (snoozing needs a time, one conversation at a time). */
    status: z.enum(['open', 'pending', 'resolved']).optional(),
  })
  .refine((v) => v.assigneeId !== undefined || v.status !== undefined, {
    message: 'Choose an assignee or a status',
  });
export type BulkUpdateInput = z.infer<typeof ZBulkUpdateInput>;
