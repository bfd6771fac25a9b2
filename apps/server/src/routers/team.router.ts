import {
  ZChangeRoleInput,
  ZInvitationIdInput,
  ZInviteInput,
  ZSetDataScopeInput,
  ZUserIdInput,
} from '@stayzr/shared';
import { TeamService, type TenantContext } from '@stayzr/shared/server';
import type { ServerDeps } from '../deps.js';
import { router } from '../trpc/init.js';
import { orgProcedure, roleProcedure } from '../trpc/procedures.js';

const adminProcedure = roleProcedure('ORG_ADMIN');
const team = (ctx: { deps: ServerDeps; tenant: TenantContext }) =>
  new TeamService(ctx.deps.services, ctx.tenant);

export const teamRouter = router({
  list: orgProcedure.query(({ ctx }) => team(ctx).listMembers()),
  invitations: adminProcedure.query(({ ctx }) => team(ctx).listInvitations()),
  invite: adminProcedure.input(ZInviteInput).mutation(({ ctx, input }) => team(ctx).invite(input)),
  resendInvitation: adminProcedure
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => team(ctx).resendInvitation(input.invitationId)),
  revokeInvitation: adminProcedure
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => team(ctx).revokeInvitation(input.invitationId)),
  changeRole: adminProcedure
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => team(ctx).changeRole(input.userId, input.role)),
  setDataScope: adminProcedure
    .input(ZSetDataScopeInput)
    .mutation(({ ctx, input }) => team(ctx).setDataScope(input.userId, input.dataScope)),
  deactivate: adminProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => team(ctx).deactivate(input.userId)),
  reactivate: adminProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => team(ctx).reactivate(input.userId)),
});
