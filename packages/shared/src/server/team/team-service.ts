import type { Tx } from '@stayzr/db';
import type { InvitationLink, PendingInvitation, TeamMember } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { InviteInput, OrgRole } from '../../schemas/team.js';
import { newSecretToken, sha256Hex } from '../auth/tokens.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import {
  INVITATION_TTL_MS,
  type InvitationMailInput,
  invitationUrl,
  sendInvitationMail,
} from './invitation-mail.js';

/** Team management: members, roles, data scope, invitations. Writes need an org admin. */
export class TeamService extends BaseAuthenticatedService {
  async listMembers(): Promise<TeamMember[]> {
    const users = await this.db((tx) =>
      tx.user.findMany({ where: this.scope({}), orderBy: [{ status: 'asc' }, { name: 'asc' }] }),
    );
    return users.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role as TeamMember['role'],
      status: user.status,
      dataScope: user.dataScope,
      lastLoginAt: user.lastLoginAt,
      createdAt: user.createdAt,
    }));
  }

  async listInvitations(): Promise<PendingInvitation[]> {
    const invitations = await this.db((tx) =>
      tx.invitation.findMany({
        where: this.scope({ acceptedAt: null, revokedAt: null }),
        include: { invitedBy: { select: { name: true } } },
        orderBy: { createdAt: 'desc' },
      }),
    );
    return invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role as PendingInvitation['role'],
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
      invitedByName: invitation.invitedBy?.name ?? null,
    }));
  }

  /**
   * The link is always returned for the admin to copy, and emailed too when the platform has SMTP
   * settings (`emailDelivery`). A pending invitation holds a seat: over the plan's maxUsers it is QUOTA_EXCEEDED.
   */
  async invite(input: InviteInput): Promise<InvitationLink> {
    await this.plan.requireWritable();
    const token = newSecretToken();
    const invitation = await this.db(async (tx) => {
      // Row-level security confines this to the team: a member is a clear conflict.
      const existingUser = await tx.user.findFirst({ where: this.scope({ email: input.email }) });
      if (existingUser) throw new AppError('CONFLICT', `${input.email} is already a member of this team.`);
      // An address that has an account at another hotel is invited like any other, with the same
      // statements: telling the admin (by answer or by time) would say who works elsewhere. Emails are
      // the login, unique across hotels, so such an invitation fails at acceptance, seen by its holder.
      // Reinviting the same address replaces the earlier pending link.
      await tx.invitation.updateMany({
        where: this.scope({ email: input.email, acceptedAt: null, revokedAt: null }),
        data: { revokedAt: new Date() },
      });
      await this.plan.consumeUsage(tx, 'users', 1);
      const created = await tx.invitation.create({
        data: {
          organizationId: this.orgId,
          email: input.email,
          role: input.role,
          tokenHash: sha256Hex(token),
          invitedById: this.ctx.impersonating ? null : this.actorUserId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
      });
      await this.audit(
        tx,
        'team.invited',
        { type: 'invitation', id: created.id },
        { email: input.email, role: input.role },
      );
      return { created, mail: await this.mailParts(tx) };
    });
    const inviteUrl = invitationUrl(this.deps.webUrl, token);
    const mail = { ...invitation.mail, to: input.email, role: input.role, url: inviteUrl };
    return {
      invitationId: invitation.created.id,
      inviteUrl,
      emailDelivery: await sendInvitationMail(this.deps, mail),
    };
  }

  async resendInvitation(invitationId: string): Promise<InvitationLink> {
    await this.plan.requireWritable();
    const token = newSecretToken();
    const mail = await this.db(async (tx) => {
      const invitation = await tx.invitation.findFirst({ where: this.scope({ id: invitationId }) });
      if (!invitation) throw await this.notFound('invitation', invitationId);
      if (invitation.acceptedAt || invitation.revokedAt) {
        throw new AppError('INVITATION_INVALID', 'This invitation was already used or revoked.');
      }
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      });
      await this.audit(tx, 'team.invitation_resent', { type: 'invitation', id: invitation.id });
      return { ...(await this.mailParts(tx)), to: invitation.email, role: invitation.role as OrgRole };
    });
    const inviteUrl = invitationUrl(this.deps.webUrl, token);
    return {
      invitationId,
      inviteUrl,
      emailDelivery: await sendInvitationMail(this.deps, { ...mail, url: inviteUrl }),
    };
  }

  /** Who invites to what, for the invitation mail: a switched-in super admin signs as the platform team. */
  private async mailParts(tx: Tx): Promise<Pick<InvitationMailInput, 'organizationName' | 'inviterName'>> {
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: this.orgId },
      select: { name: true },
    });
    const inviter =
      this.ctx.impersonating || !this.actorUserId
        ? null
        : await tx.user.findFirst({ where: this.scope({ id: this.actorUserId }), select: { name: true } });
    return { organizationName: organization.name, inviterName: inviter?.name ?? null };
  }

  async revokeInvitation(invitationId: string): Promise<void> {
    await this.db(async (tx) => {
      const revoked = await tx.invitation.updateMany({
        where: this.scope({ id: invitationId, acceptedAt: null, revokedAt: null }),
        data: { revokedAt: new Date() },
      });
      if (revoked.count === 0) throw await this.notFound('invitation', invitationId);
      await this.audit(tx, 'team.invitation_revoked', { type: 'invitation', id: invitationId });
    });
  }

  async changeRole(userId: string, role: OrgRole): Promise<void> {
    await this.plan.requireWritable();
    await this.db(async (tx) => {
      const user = await this.findMember(tx, userId);
      if (user.role === role) return;
      if (user.role === 'ORG_ADMIN') await this.ensureAnotherAdmin(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { role } });
      await this.audit(tx, 'team.role_changed', { type: 'user', id: userId }, { from: user.role, to: role });
    });
  }

  async setDataScope(userId: string, dataScope: 'own' | 'all'): Promise<void> {
    await this.plan.requireWritable();
    await this.db(async (tx) => {
      await this.findMember(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { dataScope } });
      await this.audit(tx, 'team.data_scope_changed', { type: 'user', id: userId }, { dataScope });
    });
  }

  /**
   * Deactivated users cannot sign in and lose their sessions at once. Allowed in read-only mode, like
   * revoking an invitation: taking access away must never wait for billing.
   */
  async deactivate(userId: string): Promise<void> {
    if (userId === this.actorUserId)
      throw new AppError('FORBIDDEN', 'You cannot deactivate your own account.');
    await this.db(async (tx) => {
      const user = await this.findMember(tx, userId);
      if (user.status === 'disabled') return;
      if (user.role === 'ORG_ADMIN') await this.ensureAnotherAdmin(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { status: 'disabled' } });
      await this.audit(tx, 'team.deactivated', { type: 'user', id: userId });
    });
    await this.deps.db.client.session.deleteMany({ where: { userId } });
  }

  /** A reactivated user takes a seat again, within the plan's maxUsers. */
  async reactivate(userId: string): Promise<void> {
    await this.plan.requireWritable();
    await this.db(async (tx) => {
      const user = await this.findMember(tx, userId);
      if (user.status === 'active') return;
      await this.plan.consumeUsage(tx, 'users', 1);
      await tx.user.update({ where: { id: userId }, data: { status: 'active' } });
      await this.audit(tx, 'team.reactivated', { type: 'user', id: userId });
    });
  }

  private async findMember(tx: Parameters<Parameters<TeamService['db']>[0]>[0], userId: string) {
    const user = await tx.user.findFirst({ where: this.scope({ id: userId }) });
    if (!user) throw await this.notFound('user', userId);
    return user;
  }

  /** Never leave an organization without an active org admin. */
  private async ensureAnotherAdmin(tx: Parameters<Parameters<TeamService['db']>[0]>[0], userId: string) {
    const others = await tx.user.count({
      where: this.scope({ role: 'ORG_ADMIN' as const, status: 'active' as const, id: { not: userId } }),
    });
    if (others === 0) {
      throw new AppError('LAST_ORG_ADMIN', 'This is the last org admin. Make someone else an admin first.');
    }
  }
}
