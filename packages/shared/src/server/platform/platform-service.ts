import { userCountsByOrganization } from '@stayzr/db/queries';
import type { AuditLogEntry, InvitationLink, PlatformOrganizationRow } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { AuditLogInput, CreateOrganizationInput } from '../../schemas/platform.js';
import { newSecretToken, sha256Hex } from '../auth/tokens.js';
import { queryAuditLog } from '../kernel/audit.js';
import { BasePlatformService } from '../kernel/base-platform-service.js';
import { INVITATION_TTL_MS, invitationUrl, sendInvitationMail } from '../team/invitation-mail.js';

/**
 * Platform-wide actions of super admins. Runs as the BYPASSRLS platform role; only reachable through
 * superAdminProcedure. Every action is audited with the real actor.
 */
export class PlatformService extends BasePlatformService {
  async listOrganizations(): Promise<PlatformOrganizationRow[]> {
    const { rows, users } = await this.db(async (tx) => ({
      rows: await tx.organization.findMany({
        orderBy: { name: 'asc' },
        include: { _count: { select: { guests: true, conversations: true } } },
      }),
      // Counted as the plan counts them (see the `users` gauge), so this column agrees with the hotel's pages.
      users: await userCountsByOrganization(tx),
    }));
    return rows.map((org) => ({
      id: org.id,
      name: org.name,
      slug: org.slug,
      plan: org.plan,
      status: org.status,
      subscriptionStatus: org.subscriptionStatus,
      createdAt: org.createdAt,
      counts: {
        users: users.get(org.id) ?? 0,
        guests: org._count.guests,
        conversations: org._count.conversations,
      },
    }));
  }

  /** The organization, its first property and its first org admin's invitation, in one transaction. */
  async createOrganization(
    input: CreateOrganizationInput,
  ): Promise<{ organizationId: string } & InvitationLink> {
    const token = newSecretToken();
    const result = await this.db(async (tx) => {
      if (await tx.organization.findUnique({ where: { slug: input.slug } })) {
        throw new AppError('CONFLICT', `The address “${input.slug}” is already taken.`);
      }
      if (await tx.user.findUnique({ where: { email: input.adminEmail } })) {
        throw new AppError('CONFLICT', `${input.adminEmail} already has a Stayzr account.`);
      }
      const organization = await tx.organization.create({
        data: {
          name: input.name,
          slug: input.slug,
          timezone: input.timezone,
          country: input.country,
          plan: input.plan,
          subscriptionStatus: 'trialing',
          trialEndsAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
          properties: { create: { name: input.name, timezone: input.timezone, country: input.country } },
        },
      });
      const invitation = await tx.invitation.create({
        data: {
          organizationId: organization.id,
          email: input.adminEmail,
          role: 'ORG_ADMIN',
          tokenHash: sha256Hex(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
      });
      await this.audit(tx, 'platform.organization_created', organization.id, {
        slug: input.slug,
        plan: input.plan,
      });
      return { organizationId: organization.id, invitationId: invitation.id };
    });
    const inviteUrl = invitationUrl(this.deps.webUrl, token);
    const emailDelivery = await sendInvitationMail(this.deps, {
      to: input.adminEmail,
      organizationName: input.name,
      inviterName: null,
      role: 'ORG_ADMIN',
      url: inviteUrl,
    });
    return { ...result, inviteUrl, emailDelivery };
  }

  /** Suspended organizations cannot sign in; their sessions end at once. */
  async setOrganizationStatus(organizationId: string, status: 'active' | 'suspended'): Promise<void> {
    await this.db(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId } });
      if (!organization) throw new AppError('NOT_FOUND', 'Organization not found');
      if (organization.status === status) return;
      await tx.organization.update({ where: { id: organizationId }, data: { status } });
      if (status === 'suspended') {
        await tx.session.deleteMany({ where: { user: { organizationId } } });
      }
      await this.audit(
        tx,
        status === 'suspended' ? 'platform.organization_suspended' : 'platform.organization_reactivated',
        organizationId,
      );
    });
  }

  /** Kept on the session, so two browser sessions can look at two different hotels. */
  async switchOrganization(organizationId: string): Promise<void> {
    await this.db(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId } });
      if (!organization) throw new AppError('NOT_FOUND', 'Organization not found');
      await tx.session.update({
        where: { id: this.actor.sessionId },
        data: { activeOrganizationId: organizationId },
      });
      await this.audit(tx, 'platform.organization_switched', organizationId, { name: organization.name });
    });
  }

  async exitOrganization(): Promise<void> {
    await this.db(async (tx) => {
      const session = await tx.session.findUniqueOrThrow({ where: { id: this.actor.sessionId } });
      if (!session.activeOrganizationId) return;
      await tx.session.update({ where: { id: session.id }, data: { activeOrganizationId: null } });
      await this.audit(tx, 'platform.organization_exited', session.activeOrganizationId);
    });
  }

  async auditLog(input: AuditLogInput): Promise<{ items: AuditLogEntry[]; nextCursor: string | null }> {
    return this.db((tx) => queryAuditLog(tx, input));
  }
}
