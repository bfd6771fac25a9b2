import { z } from 'zod';
import { ZId } from '../schemas/team.js';
import { isStorableDate, zText } from '../schemas/text.js';
import { ZLimitOverrides, ZPlanName, ZSubscriptionStatus } from './plans.js';

export const ZChangePlanInput = z.object({ plan: ZPlanName });
export type ChangePlanInput = z.infer<typeof ZChangePlanInput>;

/** Manual billing: the org admin asks the Stayzr team for a change (enterprise, custom limits...). */
export const ZRequestPlanChangeInput = z.object({
  plan: ZPlanName,
  message: zText().trim().max(1000).optional(),
});
export type RequestPlanChangeInput = z.infer<typeof ZRequestPlanChangeInput>;

export const ZNotificationListInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type NotificationListInput = z.infer<typeof ZNotificationListInput>;

export const ZNotificationIdInput = z.object({ notificationId: ZId });

/** Super admins: any of plan, status, trial end and limit overrides of one organization. */
export const ZSetSubscriptionInput = z
  .object({
    organizationId: ZId,
    plan: ZPlanName.optional(),
    status: ZSubscriptionStatus.optional(),
    trialEndsAt: z.date().refine(isStorableDate, 'This date is out of range').nullable().optional(),
    /** null clears every override. */
    limitOverrides: ZLimitOverrides.nullable().optional(),
  })
  .refine(
    (input) =>
      input.plan !== undefined ||
      input.status !== undefined ||
      input.trialEndsAt !== undefined ||
      input.limitOverrides !== undefined,
    { message: 'Nothing to change' },
  )
  .refine((input) => input.status !== 'trialing' || input.trialEndsAt !== null, {
    message: 'A trial needs an end date',
    path: ['trialEndsAt'],
  });
export type SetSubscriptionInput = z.infer<typeof ZSetSubscriptionInput>;
