import {
  createTestConversation,
  createTestDatabase,
  createTestOrganization,
  createTestUser,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../infra/logger.js';
import { createRedis, type Redis } from '../infra/redis.js';
import type { ServiceDeps } from '../kernel/service-deps.js';
import { createServiceDeps } from '../kernel/service-deps.js';
import type { TenantContext } from '../kernel/tenant-context.js';
import { ConversationService } from './conversation-service.js';
import { LabelService } from './label-service.js';

describe('triage: bulk updates and labels', () => {
  let database: TestDatabase;
  let redis: Redis;
  let deps: ServiceDeps;
  let orgA: string;
  let orgB: string;
  let adminA: { id: string };
  let staffA: { id: string };
  let adminB: { id: string };

  const as = (orgId: string, user: { id: string }, role: 'ORG_ADMIN' | 'STAFF'): TenantContext => ({
    organizationId: orgId,
    actor: { type: 'user', userId: user.id, role, dataScope: 'all' },
    isSuperAdmin: false,
    impersonating: false,
    request: { requestId: 'test' },
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    deps = createServiceDeps(
      { NODE_ENV: 'test', REDIS_PREFIX: testRedisPrefix(), PUBLIC_URL: 'http://127.0.0.1:1' },
      { db: database.db, redis, logger: createLogger({ name: 'test', level: 'silent' }) },
    );
    orgA = (await createTestOrganization(database.db)).id;
    orgB = (await createTestOrganization(database.db)).id;
    adminA = await createTestUser(database.db, orgA, { role: 'ORG_ADMIN' });
    staffA = await createTestUser(database.db, orgA, { role: 'STAFF' });
    adminB = await createTestUser(database.db, orgB, { role: 'ORG_ADMIN' });
  });
  afterAll(async () => {
    await deps?.queues.close();
    redis?.disconnect();
    await database?.drop();
  });

  const rowsOf = (ids: string[]) =>
    database.db.withPlatform((tx) =>
      tx.conversation.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, assigneeId: true, waitingSince: true },
        orderBy: { id: 'asc' },
      }),
    );

  it('assigns and resolves several conversations in one call, waiting cleared, each audited', async () => {
    const ids = [
      (await createTestConversation(database.db, orgA, { waitingSince: new Date() })).id,
      (await createTestConversation(database.db, orgA, { status: 'pending' })).id,
    ];
    const service = new ConversationService(deps, as(orgA, adminA, 'ORG_ADMIN'));
    expect(
      await service.bulkUpdate({ conversationIds: ids, status: 'resolved', assigneeId: staffA.id }),
    ).toEqual({
      updated: 2,
    });
    expect(
      (await rowsOf(ids)).map(({ status, assigneeId, waitingSince }) => ({
        status,
        assigneeId,
        waitingSince,
      })),
    ).toEqual([
      { status: 'resolved', assigneeId: staffA.id, waitingSince: null },
      { status: 'resolved', assigneeId: staffA.id, waitingSince: null },
    ]);
    const audits = await database.db.withPlatform((tx) =>
      tx.auditLog.findMany({ where: { organizationId: orgA, targetId: { in: ids } } }),
    );
    expect(audits.filter((row) => row.action === 'conversation.status_changed')).toHaveLength(2);
    expect(audits.filter((row) => row.action === 'conversation.assigned')).toHaveLength(2);
  });

  it("refuses the whole call when one id is another hotel's: NOT_FOUND, nothing changed, the probe recorded", async () => {
    const own = (await createTestConversation(database.db, orgB)).id;
    const foreign = (await createTestConversation(database.db, orgA)).id;
    const before = await rowsOf([own, foreign]);
    const service = new ConversationService(deps, as(orgB, adminB, 'ORG_ADMIN'));
    await expect(
      service.bulkUpdate({ conversationIds: [own, foreign], status: 'resolved', assigneeId: adminB.id }),
    ).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    expect(await rowsOf([own, foreign])).toEqual(before);
    // Probes are recorded off the request path; wait for the ones this call queued.
    await deps.probes.drain();
    const probes = await database.db.withPlatform((tx) =>
      tx.auditLog.findMany({
        where: { organizationId: orgB, action: 'cross_tenant_denied', targetId: foreign },
      }),
    );
    expect(probes).toHaveLength(1);
    // A foreign assignee is refused the same way.
    await expect(service.bulkUpdate({ conversationIds: [own], assigneeId: adminA.id })).rejects.toMatchObject(
      { appCode: 'NOT_FOUND' },
    );
    expect(await rowsOf([own])).toEqual(before.filter((row) => row.id === own));
  });

  it('labels: defined once per hotel, staff apply them, another hotel sees none of them', async () => {
    const labels = new LabelService(deps, as(orgA, adminA, 'ORG_ADMIN'));
    const vip = await labels.create({ name: 'VIP', color: 'grape' });
    await expect(labels.create({ name: 'VIP', color: 'red' })).rejects.toMatchObject({ appCode: 'CONFLICT' });
    // Only org admins reach labels.create: the role is checked at the procedure (adminProcedure),
    // proved for every admin-only procedure in apps/server/src/cross-tenant.int.test.ts.

    const conversation = await createTestConversation(database.db, orgA);
    const staff = new ConversationService(deps, as(orgA, staffA, 'STAFF'));
    const labelled = await staff.setLabel(conversation.id, vip.id, true);
    expect(labelled.labels).toEqual([{ id: vip.id, name: 'VIP', color: 'grape' }]);
    const filtered = await staff.list({ status: 'open', assignee: 'all', limit: 100, labelId: vip.id });
    expect(filtered.items.map((item) => item.id)).toEqual([conversation.id]);
    expect(filtered.items[0]?.labels).toEqual([{ id: vip.id, name: 'VIP', color: 'grape' }]);

    // Organization B: not in its list, and its id cannot be used or changed.
    const labelsB = new LabelService(deps, as(orgB, adminB, 'ORG_ADMIN'));
    expect(await labelsB.list()).toEqual([]);
    await expect(labelsB.update(vip.id, { name: 'Hijacked' })).rejects.toMatchObject({
      appCode: 'NOT_FOUND',
    });
    await expect(labelsB.remove(vip.id)).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    const conversationB = await createTestConversation(database.db, orgB);
    await expect(
      new ConversationService(deps, as(orgB, adminB, 'ORG_ADMIN')).setLabel(conversationB.id, vip.id, true),
    ).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    // Row-level security alone: inside B's tenant transaction A's label rows do not exist.
    const seenFromB = await database.db.withTenant(orgB, async (tx) => [
      await tx.label.count(),
      await tx.conversationLabel.count(),
    ]);
    expect(seenFromB).toEqual([0, 0]);

    await staff.setLabel(conversation.id, vip.id, false);
    expect(
      (await staff.list({ status: 'open', assignee: 'all', limit: 100, labelId: vip.id })).items,
    ).toEqual([]);
    await labels.remove(vip.id);
    expect(await labels.list()).toEqual([]);
  });
});
