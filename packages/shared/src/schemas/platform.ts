import { z } from 'zod';
import { ZPlanName } from '../billing/plans.js';
import { ZEmail } from './auth.js';
import { ZId } from './team.js';
import { zText } from './text.js';

export const ZOrganizationIdInput = z.object({ organizationId: ZId });

export const ZCreateOrganizationInput = z.object({
  name: zText().trim().min(2).max(120),
  slug: zText()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'Use lowercase letters, digits and dashes'),
  timezone: zText().min(1).max(64).default('UTC'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code')
    .transform((c) => c.toUpperCase())
    .default('US'),
  plan: ZPlanName.default('starter'),
  adminEmail: ZEmail,
});
export type CreateOrganizationInput = z.infer<typeof ZCreateOrganizationInput>;

export const ZAuditLogInput = z.object({
  organizationId: ZId.optional(),
  actorUserId: ZId.optional(),
  action: zText().max(100).optional(),
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditLogInput = z.infer<typeof ZAuditLogInput>;

/** An org admin's view of their own audit log: the organization is always theirs. */
export const ZOrgAuditLogInput = ZAuditLogInput.omit({ organizationId: true });
