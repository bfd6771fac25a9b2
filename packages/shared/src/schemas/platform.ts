import { z } from 'zod';
import { ZPlanName } from '../billing/plans.js';
import { ZEmail } from './auth.js';
import { ZId } from './team.js';

export const ZOrganizationIdInput = z.object({ organizationId: ZId });

export const ZCreateOrganizationInput = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'Use lowercase letters, digits and dashes'),
  timezone: z.string().min(1).max(64).default('UTC'),
  country: z
    .string()
    .length(2)
    .transform((c) => c.toUpperCase())
    .default('US'),
  plan: ZPlanName.default('starter'),
  adminEmail: ZEmail,
});
export type CreateOrganizationInput = z.infer<typeof ZCreateOrganizationInput>;

export const ZAuditLogInput = z.object({
  organizationId: ZId.optional(),
  actorUserId: ZId.optional(),
  action: z.string().max(100).optional(),
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditLogInput = z.infer<typeof ZAuditLogInput>;

/** An org admin's view of their own audit log: the organization is always theirs. */
export const ZOrgAuditLogInput = ZAuditLogInput.omit({ organizationId: true });
