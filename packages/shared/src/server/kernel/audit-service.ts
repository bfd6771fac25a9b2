import type { Prisma, Tx } from '@stayzr/db';
import {
  type OrgAuditActor,
  type OrgAuditLogEntry,
  type OrgAuditLogPage,
  type OrgAuditTarget,
  PLATFORM_TEAM_NAME,
} from '../../dto.js';
import type { AuditLogInput } from '../../schemas/platform.js';
import { findAuditPage, PLATFORM_ONLY_ACTIONS } from './audit.js';
import { BaseAuthenticatedService } from './base-authenticated-service.js';

/**
 * Rows the organization never sees: a probe of another organization's id is for the platform team (the
 * row would tell the prober that the id exists elsewhere).
 */

/** The generic row the procedure chain writes for every mutation a switched-in super admin makes. */
const IMPERSONATED_PREFIX = 'impersonated.';

type Row = Awaited<ReturnType<typeof findAuditPage>>['page'][number];

/** The organization's own audit trail, for its org admins. */
export class AuditService extends BaseAuthenticatedService {
  async list(input: Omit<AuditLogInput, 'organizationId'>): Promise<OrgAuditLogPage> {
    return this.db(async (tx) => {
      const { page, nextCursor } = await findAuditPage(
        tx,
        { ...input, organizationId: this.orgId },
        { action: { notIn: PLATFORM_ONLY_ACTIONS } },
      );
      const rows = await withoutDuplicates(tx, page);
      const actors = await this.actorsOf(tx, rows);
      const targets = await this.targetsOf(tx, rows);
      return {
        items: rows.map((row) => toEntry(row, actors, targets)),
        // From the unfiltered page: rows left out above never hide the ones after them.
        nextCursor,
      };
    });
  }

  private async actorsOf(tx: Tx, rows: Row[]): Promise<Map<string, { name: string; email: string }>> {
    const ids = unique(rows.filter((row) => row.actorType !== 'super_admin').map((row) => row.actorUserId));
    const users = await tx.user.findMany({
      where: this.scope({ id: { in: ids } }),
      select: { id: true, name: true, email: true },
    });
    return new Map(users.map((user) => [user.id, user]));
  }

  /** Readable names for what the rows touched, looked up in this organization only. */
  private async targetsOf(tx: Tx, rows: Row[]): Promise<Map<string, Omit<OrgAuditTarget, 'type' | 'id'>>> {
    const idsOf = (type: string) =>
      unique(rows.filter((row) => row.targetType === type).map((row) => row.targetId));
    const [conversations, users, invitations, channels, cannedResponses, guests] = await Promise.all([
      tx.conversation.findMany({
        where: this.scope({ id: { in: idsOf('conversation') } }),
        select: { id: true, displayId: true, status: true, guest: { select: { name: true } } },
      }),
      tx.user.findMany({
        where: this.scope({ id: { in: idsOf('user') } }),
        select: { id: true, name: true },
      }),
      tx.invitation.findMany({
        where: this.scope({ id: { in: idsOf('invitation') } }),
        select: { id: true, email: true },
      }),
      tx.channelAccount.findMany({
        where: this.scope({ id: { in: idsOf('channel_account') } }),
        select: { id: true, name: true },
      }),
      tx.cannedResponse.findMany({
        where: this.scope({ id: { in: idsOf('canned_response') } }),
        select: { id: true, title: true },
      }),
      tx.guest.findMany({
        where: this.scope({ id: { in: idsOf('guest') } }),
        select: { id: true, name: true },
      }),
    ]);
    const labels = new Map<string, Omit<OrgAuditTarget, 'type' | 'id'>>();
    for (const c of conversations) {
      labels.set(`conversation:${c.id}`, {
        label: `#${c.displayId}${c.guest.name ? ` · ${c.guest.name}` : ''}`,
        conversationStatus: c.status,
      });
    }
    for (const u of users) labels.set(`user:${u.id}`, { label: u.name, conversationStatus: null });
    for (const i of invitations)
      labels.set(`invitation:${i.id}`, { label: i.email, conversationStatus: null });
    for (const c of channels)
      labels.set(`channel_account:${c.id}`, { label: c.name, conversationStatus: null });
    for (const r of cannedResponses) {
      labels.set(`canned_response:${r.id}`, { label: r.title, conversationStatus: null });
    }
    for (const g of guests) labels.set(`guest:${g.id}`, { label: g.name, conversationStatus: null });
    return labels;
  }
}

/**
 * A switched-in super admin's mutation is recorded twice when the service audits it too (`message.note_added`
 * and `impersonated.messages.send`): the hotel reads the service's row, which says what was touched.
 */
async function withoutDuplicates(tx: Tx, rows: Row[]): Promise<Row[]> {
  const requestIds = unique(
    rows.filter((row) => row.action.startsWith(IMPERSONATED_PREFIX)).map((row) => row.requestId),
  );
  if (requestIds.length === 0) return rows;
  const specific = await tx.auditLog.findMany({
    where: {
      requestId: { in: requestIds },
      NOT: { action: { startsWith: IMPERSONATED_PREFIX } },
    } satisfies Prisma.AuditLogWhereInput,
    select: { requestId: true },
  });
  const covered = new Set(specific.map((row) => row.requestId));
  return rows.filter((row) => !(row.action.startsWith(IMPERSONATED_PREFIX) && covered.has(row.requestId)));
}

function toEntry(
  row: Row,
  actors: Map<string, { name: string; email: string }>,
  targets: Map<string, Omit<OrgAuditTarget, 'type' | 'id'>>,
): OrgAuditLogEntry {
  const byPlatform = row.actorType === 'super_admin';
  const target: OrgAuditTarget | null = row.targetType
    ? {
        type: row.targetType,
        id: row.targetId,
        ...(targets.get(`${row.targetType}:${row.targetId}`) ?? { label: null, conversationStatus: null }),
      }
    : null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actor: actorOf(row, actors),
    target,
    // The platform team's addresses and details are theirs, not the hotel's.
    ip: byPlatform ? null : row.ip,
    metadata: byPlatform || !isRecord(row.metadata) ? null : row.metadata,
  };
}

function actorOf(row: Row, actors: Map<string, { name: string; email: string }>): OrgAuditActor {
  if (row.actorType === 'super_admin') return { kind: 'platform', name: PLATFORM_TEAM_NAME };
  if (!row.actorUserId) return { kind: 'system' };
  const user = actors.get(row.actorUserId);
  return user
    ? { kind: 'user', id: row.actorUserId, name: user.name, email: user.email }
    : { kind: 'deleted_user', id: row.actorUserId };
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => !!value))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
