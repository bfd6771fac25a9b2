import { createTestChannelAccount, createTestOrganization, type TestDatabase } from '@stayzr/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, useServerHarness } from '../testing/harness.js';
import { simulateSms } from './simulate-sms.js';

describe('npm run simulate -- sms', () => {
  const harness = useServerHarness();
  let database: TestDatabase;
  let server: TestServer;
  beforeAll(() => {
    ({ database, server } = harness);
  });

  it('sends a correctly signed inbound SMS that lands in the hotel’s inbox', async () => {
    const org = await createTestOrganization(database.db);
    await createTestChannelAccount(database.db, org.id, {
      address: '+15005550099',
      config: { accountSid: `AC${'9'.repeat(32)}`, authToken: 'simulate-token' },
    });
    const result = await simulateSms({
      db: database.db,
      secrets: server.deps.services.secrets,
      publicUrl: server.baseUrl,
      from: '+447400123456',
      text: 'Can I check in early?',
      to: '+15005550099',
    });
    expect(result.status).toBe(200);
    const stored = await database.db.withTenant(org.id, (tx) =>
      tx.message.findMany({ include: { conversation: { include: { guest: true } } } }),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ body: 'Can I check in early?', direction: 'inbound' });
    expect(stored[0]?.conversation.guest.phoneE164).toBe('+447400123456');
  });

  it('names the missing channel', async () => {
    await expect(
      simulateSms({
        db: database.db,
        secrets: server.deps.services.secrets,
        publicUrl: server.baseUrl,
        from: '+447400123456',
        text: 'x',
        to: '+19999999999',
      }),
    ).rejects.toThrow('no Twilio SMS channel with number +19999999999');
  });
});
