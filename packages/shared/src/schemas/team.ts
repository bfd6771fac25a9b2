import { z } from 'zod';
import { ZEmail } from './auth.js';

export const ORG_ROLES = ['ORG_ADMIN', 'STAFF'] as const;
export const ZOrgRole = z.enum(ORG_ROLES);
export type OrgRole = z.infer<typeof ZOrgRole>;

export const ZDataScope = z.enum(['own', 'all']);
export type DataScopeValue = z.infer<typeof ZDataScope>;

export const ZId = z.uuid({ message: 'Not a valid id' });

export const ZInviteInput = z.object({ email: ZEmail, role: ZOrgRole });
export type InviteInput = z.infer<typeof ZInviteInput>;

export const ZUserIdInput = z.object({ userId: ZId });
export const ZChangeRoleInput = z.object({ userId: ZId, role: ZOrgRole });
export const ZSetDataScopeInput = z.object({ userId: ZId, dataScope: ZDataScope });
export const ZInvitationIdInput = z.object({ invitationId: ZId });
