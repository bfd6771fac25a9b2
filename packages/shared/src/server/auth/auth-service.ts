import type { Database, Tx } from '@stayzr/db';
import { findSessionByTokenHash } from '@stayzr/db/queries';
import type { Me, OrganizationSummary, UserRoleValue } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { AcceptInvitationInput, ChangePasswordInput, LoginInput } from '../../schemas/auth.js';
import type { Logger } from '../infra/logger.js';
import { writeAudit } from '../kernel/audit.js';
import type { RequestMeta } from '../kernel/tenant-context.js';
import type { LoginThrottle } from './login-throttle.js';
import { assertAcceptablePassword } from './password-policy.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { newSecretToken, sha256Hex } from './tokens.js';

/** A session slides forward with use, up to an absolute lifetime. */
export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600 * 1000;
/** Sliding renewals are written at most this often, not on every request. */
const SESSION_TOUCH_MS = 5 * 60 * 1000;

export interface AuthenticatedSession {
  sessionId: string;
  expiresAt: Date;
  user: {
    id: string;
    email: string;
    name: string;
    role: UserRoleValue;
    dataScope: 'own' | 'all';
    organizationId: string | null;
  };
  /** The organization requests act in: the user's own, or the super admin's active one. */
  organization: OrganizationSummary | null;
  impersonating: boolean;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  session: AuthenticatedSession;
}

type OrganizationRow = { id: string; name: string; slug: string; plan: string; status: string };

function summarize(org: OrganizationRow): OrganizationSummary {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    plan: org.plan as OrganizationSummary['plan'],
    status: org.status as OrganizationSummary['status'],
  };
}

const summarizeOrNull = (org: OrganizationRow | null) => (org ? summarize(org) : null);

export function toMe(session: AuthenticatedSession): Me {
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: session.user.role,
    isSuperAdmin: session.user.role === 'SUPER_ADMIN',
    organization: session.organization,
    impersonating: session.impersonating,
  };
}

function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', `Too many attempts, try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
}

/** Login, sessions and invitation acceptance: runs before any tenant is known. */
export class AuthService {
  constructor(private readonly deps: { db: Database; logger: Logger; throttle: LoginThrottle }) {}

  /**
   * `deviceCookie`: the browser's device cookie, if any (see LoginThrottle); a successful sign-in
   * returns a fresh one to set.
   */
  async login(
    input: LoginInput,
    request: RequestMeta,
    deviceCookie?: string,
  ): Promise<IssuedSession & { deviceCookie: string }> {
    const reservation = await this.deps.throttle.reserve(input.email, { ip: request.ip, deviceCookie });
    if (typeof reservation === 'number') throw tooManyAttempts(reservation);
    const user = await this.deps.db.withPlatform((tx) =>
      tx.user.findUnique({ where: { email: input.email }, include: { organization: true } }),
    );
    // Same work and same answer whether the email is unknown or the password wrong.
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await dummyPasswordHash()),
      input.password,
    );
    if (!user || !passwordOk) {
      if (user) {
        await this.deps.db.withPlatform((tx) =>
          writeAudit(tx, {
            organizationId: user.organizationId,
            actorUserId: user.id,
            actorType: 'user',
            action: 'auth.login_failed',
            request,
          }),
        );
      }
      throw new AppError('INVALID_CREDENTIALS', 'The email or password is incorrect.');
    }
    await reservation.succeeded();
    if (user.status === 'disabled') {
      throw new AppError(
        'ACCOUNT_DISABLED',
        'Your account has been deactivated. Ask your hotel’s administrator.',
      );
    }
    if (user.organization?.status === 'suspended') {
      throw new AppError(
        'ORGANIZATION_SUSPENDED',
        `${user.organization.name} is suspended. Contact Stayzr support.`,
      );
    }
    const token = newSecretToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    const session = await this.deps.db.withPlatform(async (tx) => {
      const created = await tx.session.create({
        data: {
          tokenHash: sha256Hex(token),
          userId: user.id,
          expiresAt,
          ip: request.ip ?? null,
          userAgent: request.userAgent?.slice(0, 500) ?? null,
        },
      });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await writeAudit(tx, {
        organizationId: user.organizationId,
        actorUserId: user.id,
        actorType: user.role === 'SUPER_ADMIN' ? 'super_admin' : 'user',
        action: 'auth.login',
        request,
      });
      return created;
    });
    return {
      token,
      expiresAt,
      deviceCookie: this.deps.throttle.issueDeviceCookie(input.email),
      session: {
        sessionId: session.id,
        expiresAt,
        user: this.userOf(user),
        organization: user.organization ? summarize(user.organization) : null,
        impersonating: false,
      },
    };
  }

  /**
   * The session behind a cookie token, renewed when due; null when unknown, expired or no longer allowed.
   * Runs on every request, so the read is one round trip (see `findSessionByTokenHash`); the rare writes (renewal
   * every SESSION_TOUCH_MS, removal of a dead session) follow only when due. Nothing is cached: a logout,
   * deactivation, role change or suspension made by any process applies to the very next request.
   */
  async resolveSession(token: string | undefined): Promise<AuthenticatedSession | null> {
    if (!token || token.length > 200) return null;
    const now = Date.now();
    const row = await findSessionByTokenHash(this.deps.db, sha256Hex(token));
    if (!row) return null;
    const expired = row.expires_at_ms <= now;
    const blocked = row.user_status !== 'active' || row.organization?.status === 'suspended';
    if (expired || blocked) {
      await this.deps.db
        .withPlatform((tx) => tx.session.deleteMany({ where: { id: row.id } }))
        .catch(() => undefined);
      return null;
    }
    let expiresAt = new Date(row.expires_at_ms);
    if (now - row.last_seen_at_ms > SESSION_TOUCH_MS) {
      expiresAt = new Date(Math.min(now + SESSION_IDLE_MS, row.created_at_ms + SESSION_ABSOLUTE_MS));
      await this.deps.db.withPlatform((tx) =>
        tx.session.updateMany({
          where: { id: row.id },
          data: { lastSeenAt: new Date(now), expiresAt },
        }),
      );
    }
    return {
      sessionId: row.id,
      expiresAt,
      user: this.userOf({
        id: row.user_id,
        email: row.user_email,
        name: row.user_name,
        role: row.user_role,
        dataScope: row.user_data_scope,
        organizationId: row.user_organization_id,
      }),
      organization: summarizeOrNull(row.active_organization ?? row.organization),
      impersonating: row.active_organization !== null,
    };
  }

  async logout(sessionId: string, request: RequestMeta): Promise<void> {
    await this.deps.db.withPlatform(async (tx) => {
      const session = await tx.session.findUnique({ where: { id: sessionId }, include: { user: true } });
      if (!session) return;
      await tx.session.delete({ where: { id: sessionId } });
      await writeAudit(tx, {
        organizationId: session.user.organizationId,
        actorUserId: session.userId,
        actorType: session.user.role === 'SUPER_ADMIN' ? 'super_admin' : 'user',
        action: 'auth.logout',
        request,
      });
    });
  }

  /** Changing the password ends every other session of the user. */
  async changePassword(session: AuthenticatedSession, input: ChangePasswordInput, request: RequestMeta) {
    const user = await this.deps.db.withPlatform((tx) =>
      tx.user.findUniqueOrThrow({ where: { id: session.user.id } }),
    );
    // The current-password check is a password oracle too: throttled like sign-in, per user.
    const reservation = await this.deps.throttle.reserve(`user:${user.id}`, { ip: request.ip });
    if (typeof reservation === 'number') throw tooManyAttempts(reservation);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('INVALID_CREDENTIALS', 'Your current password is incorrect.');
    }
    await reservation.succeeded();
    if (input.newPassword === input.currentPassword) {
      throw new AppError('WEAK_PASSWORD', 'Choose a password different from the current one.');
    }
    assertAcceptablePassword(input.newPassword, { email: user.email, name: user.name });
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.deps.db.withPlatform(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      const removed = await tx.session.deleteMany({
        where: { userId: user.id, id: { not: session.sessionId } },
      });
      await writeAudit(tx, {
        organizationId: user.organizationId,
        actorUserId: user.id,
        actorType: 'user',
        action: 'auth.password_changed',
        metadata: { otherSessionsEnded: removed.count },
        request,
      });
      return removed.count;
    });
    return { otherSessionsEnded: ended };
  }

  async invitationInfo(token: string) {
    return this.deps.db.withPlatform(async (tx) => {
      const invitation = await this.usableInvitation(tx, token);
      return {
        email: invitation.email,
        role: invitation.role,
        organizationName: invitation.organization.name,
      };
    });
  }

  /** Creates the account, consumes the invitation and signs the new user in, atomically. */
  async acceptInvitation(input: AcceptInvitationInput, request: RequestMeta): Promise<IssuedSession> {
    const known = await this.deps.db.withPlatform((tx) => this.usableInvitation(tx, input.token));
    assertAcceptablePassword(input.password, { email: known.email, name: input.name });
    const passwordHash = await hashPassword(input.password);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
    const { user, session } = await this.deps.db.withPlatform(async (tx) => {
      const invitation = await this.usableInvitation(tx, input.token);
      // Guards against two tabs accepting the same link at once.
      const consumed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (consumed.count !== 1)
        throw new AppError('INVITATION_INVALID', 'This invitation has already been used.');
      if (await tx.user.findUnique({ where: { email: invitation.email } })) {
        throw new AppError(
          'INVITATION_INVALID',
          'An account with this email already exists. Sign in instead.',
        );
      }
      const user = await tx.user.create({
        data: {
          organizationId: invitation.organizationId,
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: invitation.role,
          lastLoginAt: new Date(),
        },
        include: { organization: true },
      });
      const session = await tx.session.create({
        data: {
          tokenHash: sha256Hex(token),
          userId: user.id,
          expiresAt,
          ip: request.ip ?? null,
          userAgent: request.userAgent ?? null,
        },
      });
      await writeAudit(tx, {
        organizationId: invitation.organizationId,
        actorUserId: user.id,
        actorType: 'user',
        action: 'team.invitation_accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        request,
      });
      return { user, session };
    });
    return {
      token,
      expiresAt,
      session: {
        sessionId: session.id,
        expiresAt,
        user: this.userOf(user),
        organization: user.organization ? summarize(user.organization) : null,
        impersonating: false,
      },
    };
  }

  private async usableInvitation(tx: Tx, token: string) {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: sha256Hex(token) },
      include: { organization: true },
    });
    if (!invitation || invitation.revokedAt)
      throw new AppError('INVITATION_INVALID', 'This invitation link is not valid.');
    if (invitation.acceptedAt)
      throw new AppError('INVITATION_INVALID', 'This invitation has already been used.');
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw new AppError(
        'INVITATION_INVALID',
        'This invitation has expired. Ask your administrator to resend it.',
      );
    }
    if (invitation.organization.status === 'suspended') {
      throw new AppError('ORGANIZATION_SUSPENDED', `${invitation.organization.name} is suspended.`);
    }
    return invitation;
  }

  private userOf(user: {
    id: string;
    email: string;
    name: string;
    role: string;
    dataScope: string;
    organizationId: string | null;
  }): AuthenticatedSession['user'] {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role as UserRoleValue,
      dataScope: user.dataScope as 'own' | 'all',
      organizationId: user.organizationId,
    };
  }
}
