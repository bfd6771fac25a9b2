import { createTestConversation, createTestOrganization, createTestUser } from '@stayzr/db/testing';
import { type AlertSettings, DEFAULT_ALERT_SETTINGS } from '@stayzr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import { subscribe } from './testing/subscribe-events.js';
import { expectTrpcError, TrpcSession } from './testing/trpc-session.js';
import { waitFor } from './testing/wait-for.js';

const NIGHT: AlertSettings = {
  scope: 'all',
  sound: false,
  desktop: true,
  quietStartMin: 22 * 60,
  quietEndMin: 7 * 60,
};

/** Long enough for an event published on the server to reach an open stream on this machine. */
const SETTLE_MS = 400;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe('alert settings and typing presence', () => {
  const harness = useServerHarness();
  let orgA = '';
  let orgB = '';
  let anna: TrpcSession;
  let ben: TrpcSession;
  let ownScope: TrpcSession;
  let otherHotel: TrpcSession;
  const ids = { anna: '', ben: '', ownScope: '', otherHotel: '' };

  beforeAll(async () => {
    const { database } = harness;
    orgA = (await createTestOrganization(database.db, { name: 'Alerts A' })).id;
    orgB = (await createTestOrganization(database.db, { name: 'Alerts B' })).id;
    const annaUser = await createTestUser(database.db, orgA, { name: 'Anna Berg' });
    const benUser = await createTestUser(database.db, orgA, { name: 'Ben Ito', role: 'ORG_ADMIN' });
    const ownUser = await createTestUser(database.db, orgA, { name: 'Olga Own', dataScope: 'own' });
    const otherUser = await createTestUser(database.db, orgB, { name: 'Otto Other' });
    Object.assign(ids, {
      anna: annaUser.id,
      ben: benUser.id,
      ownScope: ownUser.id,
      otherHotel: otherUser.id,
    });
    anna = await harness.signIn(annaUser.email);
    ben = await harness.signIn(benUser.email);
    ownScope = await harness.signIn(ownUser.email);
    otherHotel = await harness.signIn(otherUser.email);
  });

  const storedRows = () =>
    harness.database.db.withPlatform((tx) =>
      tx.userAlertSettings.findMany({ orderBy: [{ organizationId: 'asc' }, { userId: 'asc' }] }),
    );

  describe('alerts.settings / alerts.updateSettings', () => {
    it('starts from the defaults and keeps what the user saves', async () => {
      expect(await anna.client.alerts.settings.query()).toEqual(DEFAULT_ALERT_SETTINGS);
      expect(await anna.client.alerts.updateSettings.mutate(NIGHT)).toEqual(NIGHT);
      expect(await anna.client.alerts.settings.query()).toEqual(NIGHT);
      const night = await anna.client.alerts.updateSettings.mutate({ ...NIGHT, scope: 'none' });
      expect(night.scope).toBe('none');
    });

    it('changes only the caller’s own settings, in the caller’s own organization', async () => {
      await anna.client.alerts.updateSettings.mutate(NIGHT);
      const before = await storedRows();
      // A user id in the input is not part of the schema: it is dropped, never followed.
      const smuggled = { ...DEFAULT_ALERT_SETTINGS, scope: 'none', userId: ids.anna } as AlertSettings;
      await otherHotel.client.alerts.updateSettings.mutate(smuggled);
      await ben.client.alerts.updateSettings.mutate({ ...smuggled, organizationId: orgA } as AlertSettings);

      expect(await anna.client.alerts.settings.query()).toEqual(NIGHT);
      expect((await otherHotel.client.alerts.settings.query()).scope).toBe('none');
      const after = await storedRows();
      const annaRow = (rows: typeof after) => rows.find((row) => row.userId === ids.anna);
      expect(annaRow(after)).toEqual(annaRow(before));
      expect(after.map((row) => [row.organizationId, row.userId]).sort()).toEqual(
        [
          [orgA, ids.anna],
          [orgA, ids.ben],
          [orgB, ids.otherHotel],
        ].sort(),
      );
    });

    it('refuses half-set or empty quiet hours', async () => {
      for (const bad of [
        { ...NIGHT, quietEndMin: null },
        { ...NIGHT, quietEndMin: NIGHT.quietStartMin },
        { ...NIGHT, quietStartMin: 24 * 60 },
      ]) {
        const error = await expectTrpcError(anna.client.alerts.updateSettings.mutate(bad));
        expect(error.code).toBe('BAD_REQUEST');
      }
      expect(await anna.client.alerts.settings.query()).toEqual(NIGHT);
    });

    it('needs a session', async () => {
      const anonymous = await expectTrpcError(new TrpcSession(harness.base).client.alerts.settings.query());
      expect(anonymous.code).toBe('UNAUTHORIZED');
    });
  });

  describe('conversations.typing', () => {
    it('reaches colleagues of the organization, not other hotels nor own-scope staff who cannot see it', async () => {
      const { database } = harness;
      const bens = await createTestConversation(database.db, orgA, { assigneeId: ids.ben });
      const cookie = (session: TrpcSession) => session.cookie ?? '';
      const streams = {
        ben: subscribe(harness.base, cookie(ben)),
        ownScope: subscribe(harness.base, cookie(ownScope)),
        otherHotel: subscribe(harness.base, cookie(otherHotel)),
      };
      await Promise.all(Object.values(streams).map((stream) => stream.started));
      try {
        await anna.client.conversations.typing.mutate({ conversationId: bens.id });
        const typing = await waitFor(
          async () => streams.ben.received.find((r) => r.event.type === 'conversation.typing'),
          5_000,
          'Ben sees Anna typing',
        );
        expect(typing.event).toEqual({
          type: 'conversation.typing',
          conversationId: bens.id,
          assigneeId: ids.ben,
          userId: ids.anna,
          userName: 'Anna Berg',
        });
        await settle();
        expect(streams.ownScope.received).toEqual([]);
        expect(streams.otherHotel.received).toEqual([]);

        // Own-scope staff cannot announce themselves in a conversation they cannot see either.
        const hidden = await expectTrpcError(
          ownScope.client.conversations.typing.mutate({ conversationId: bens.id }),
        );
        expect(hidden.code).toBe('NOT_FOUND');
        const foreign = await expectTrpcError(
          otherHotel.client.conversations.typing.mutate({ conversationId: bens.id }),
        );
        expect(foreign.code).toBe('NOT_FOUND');
        await settle();
        expect(streams.ben.received.filter((r) => r.event.type === 'conversation.typing')).toHaveLength(1);
      } finally {
        for (const stream of Object.values(streams)) stream.stop();
      }
    });

    it('reaches own-scope staff for a conversation they can see (unassigned)', async () => {
      const open = await createTestConversation(harness.database.db, orgA, { assigneeId: null });
      const stream = subscribe(harness.base, ownScope.cookie ?? '');
      await stream.started;
      try {
        await ben.client.conversations.typing.mutate({ conversationId: open.id });
        const typing = await waitFor(
          async () => stream.received.find((r) => r.event.type === 'conversation.typing'),
          5_000,
          'Olga sees Ben typing',
        );
        expect(typing.event).toMatchObject({ conversationId: open.id, userName: 'Ben Ito' });
      } finally {
        stream.stop();
      }
    });

    it('is never stored: a client resuming after it gets the events since, without the typing', async () => {
      const conversation = await createTestConversation(harness.database.db, orgA, { assigneeId: null });
      const live = subscribe(harness.base, ben.cookie ?? '');
      await live.started;
      await anna.client.conversations.typing.mutate({ conversationId: conversation.id });
      const typing = await waitFor(
        async () => live.received.find((r) => r.event.type === 'conversation.typing'),
        5_000,
        'the typing event',
      );
      live.stop();
      // While Ben is away: a real (stored) event, and more typing.
      await anna.client.conversations.assign.mutate({
        conversationId: conversation.id,
        assigneeId: ids.anna,
      });
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await anna.client.conversations.typing.mutate({ conversationId: conversation.id });

      const resumed = subscribe(harness.base, ben.cookie ?? '', typing.id);
      try {
        const assigned = await waitFor(
          async () => resumed.received.find((r) => r.event.type === 'conversation.updated'),
          5_000,
          'the assignment missed while away',
        );
        expect(assigned.event).toMatchObject({ assigneeId: ids.anna, assignedById: ids.anna });
        await settle();
        expect(resumed.received.map((r) => r.event.type)).toEqual(['conversation.updated']);
      } finally {
        resumed.stop();
      }
    });
  });
});
