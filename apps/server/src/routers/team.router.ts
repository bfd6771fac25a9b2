import {
  ZChangeRoleInput,
  ZInvitationIdInput,
  ZInviteInput,
  ZSetDataScopeInput,
  ZUserIdInput,
} from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { adminProcedure, orgProcedure } from '../trpc/procedures.js';

export const teamRouter = router({
  list: orgProcedure.query(({ ctx }) => ctx.services.team.listMembers()),
  invitations: adminProcedure.query(({ ctx }) => ctx.services.team.listInvitations()),
  invite: adminProcedure.input(ZInviteInput).mutation(({ ctx, input }) => ctx.services.team.invite(input)),
  resendInvitation: adminProcedure
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => ctx.services.team.resendInvitation(input.invitationId)),
  revokeInvitation: adminProcedure
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => ctx.services.team.revokeInvitation(input.invitationId)),
  changeRole: adminProcedure
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => ctx.services.team.changeRole(input.userId, input.role)),
  setDataScope: adminProcedure
    .input(ZSetDataScopeInput)
    .mutation(({ ctx, input }) => ctx.services.team.setDataScope(input.userId, input.dataScope)),
  deactivate: adminProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => ctx.services.team.deactivate(input.userId)),
  reactivate: adminProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => ctx.services.team.reactivate(input.userId)),
});
