import type { Prisma, Tx } from '@stayzr/db';
import type { AuditLogEntry } from '../../dto.js';
import type { AuditLogInput } from '../../schemas/platform.js';
import { escapeLike } from './like-pattern.js';
import { NEWEST_FIRST, olderThan, takePage } from './pagination.js';
import type { RequestMeta } from './tenant-context.js';

export interface AuditEntry {
  organizationId: string | null;
  actorUserId: string | null;
  actorType: string;
  impersonating?: boolean;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  metadata?: Record<string, unknown>;
  request?: RequestMeta;
}

/** Rows only the platform team reads, never shown in an organization's own audit log. */
export const PLATFORM_ONLY_ACTIONS = ['cross_tenant_denied'];

/** The single writer of audit rows (tenant services, platform actions, authentication). */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      organizationId: entry.organizationId,
      actorUserId: entry.actorUserId,
      actorType: entry.actorType,
      impersonating: entry.impersonating ?? false,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.request?.ip ?? null,
      userAgent: entry.request?.userAgent?.slice(0, 500) ?? null,
      requestId: entry.request?.requestId ?? null,
      ...(entry.metadata ? { metadata: entry.metadata as object } : {}),
    },
  });
}

type AuditRow = Awaited<ReturnType<typeof findAuditRows>>[number];

/**
 * One page of raw audit rows, newest first, keyset-paged on (created_at, id). The transaction decides
 * the scope: a tenant transaction sees its organization's rows, the platform role sees all. `where`
 * narrows further (the organization's own view leaves platform-only rows out).
 */
export async function findAuditPage(
  tx: Tx,
  input: AuditLogInput,
  where: Prisma.AuditLogWhereInput = {},
): Promise<{ page: AuditRow[]; nextCursor: string | null }> {
  const rows = await findAuditRows(tx, input, where);
  return takePage(rows, input.limit, (last) => last.id);
}

async function findAuditRows(tx: Tx, input: AuditLogInput, where: Prisma.AuditLogWhereInput) {
  const cursor = input.cursor ? await tx.auditLog.findUnique({ where: { id: input.cursor } }) : null;
  return tx.auditLog.findMany({
    where: {
      AND: [
        where,
        {
          ...(input.organizationId ? { organizationId: input.organizationId } : {}),
          ...(input.actorUserId ? { actorUserId: input.actorUserId } : {}),
          ...(input.action ? { action: { startsWith: escapeLike(input.action) } } : {}),
          ...olderThan(cursor && { at: cursor.createdAt, id: cursor.id }),
        },
      ],
    },
    orderBy: [...NEWEST_FIRST],
    take: input.limit + 1,
    include: { organization: { select: { name: true } } },
  });
}

/** The platform's audit log: every column, for super admins. */
export async function queryAuditLog(
  tx: Tx,
  input: AuditLogInput,
): Promise<{ items: AuditLogEntry[]; nextCursor: string | null }> {
  const { page, nextCursor } = await findAuditPage(tx, input);
  const actorIds = [...new Set(page.map((row) => row.actorUserId).filter((id): id is string => !!id))];
  // Super admins have no organization, so a tenant transaction cannot see them: their email stays null there.
  const actors = await tx.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, email: true },
  });
  const emailById = new Map(actors.map((actor) => [actor.id, actor.email]));
  return {
    items: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      actorUserId: row.actorUserId,
      actorEmail: row.actorUserId ? (emailById.get(row.actorUserId) ?? null) : null,
      actorType: row.actorType,
      impersonating: row.impersonating,
      organizationId: row.organizationId,
      organizationName: row.organization?.name ?? null,
      targetType: row.targetType,
      targetId: row.targetId,
      ip: row.ip,
      userAgent: row.userAgent,
      metadata: row.metadata,
    })),
    nextCursor,
  };
}
