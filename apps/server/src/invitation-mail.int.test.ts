import { createTestOrganization, createTestUser, type TestDatabase } from '@stayzr/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerHarness } from './testing/harness.js';
import type { TrpcSession } from './testing/trpc-session.js';

const WEB_URL = 'http://hotel-web.test:5173';

describe('invitations are emailed through the platform SMTP settings, with links to the web app', () => {
  const harness = useServerHarness({ server: 'any-port', smtp: true, env: { WEB_URL } });
  let database: TestDatabase;
  let admin: TrpcSession;

  beforeAll(async () => {
    database = harness.database;
    const hotel = await createTestOrganization(database.db, { name: 'Hotel Mailbox' });
    const manager = await createTestUser(database.db, hotel.id, { role: 'ORG_ADMIN', name: 'Maria Lopez' });
    admin = await harness.signIn(manager.email);
  });

  it('an invitation reaches the invitee by email, with the same web-app link the admin can copy', async () => {
    const email = `night.porter.${Date.now()}@mailbox.test`;
    const invitation = await admin.client.team.invite.mutate({ email, role: 'STAFF' });

    expect(invitation.emailDelivery).toBe('sent');
    expect(invitation.inviteUrl).toMatch(new RegExp(`^${WEB_URL}/invite/[A-Za-z0-9_-]{43}$`));
    const [mail, ...more] = harness.smtp.mailsTo(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Join Hotel Mailbox on Stayzr');
    expect(mail?.text).toContain('Maria Lopez invited you to join Hotel Mailbox on Stayzr');
    expect(mail?.text).toContain(invitation.inviteUrl);
    expect(mail?.html).toContain(`href="${invitation.inviteUrl}"`);
    expect(mail?.from).toBe('no-reply@hotel-web.test');

    // The emailed link is the one that works: the token in it is the invitation's.
    const token = invitation.inviteUrl.split('/invite/')[1] ?? '';
    const preview = await admin.client.auth.invitationInfo.query({ token });
    expect(preview).toMatchObject({ email, organizationName: 'Hotel Mailbox' });
  });

  it('a resent invitation mails a new link, and the first one stops working', async () => {
    const email = `housekeeping.${Date.now()}@mailbox.test`;
    const first = await admin.client.team.invite.mutate({ email, role: 'ORG_ADMIN' });
    const resent = await admin.client.team.resendInvitation.mutate({ invitationId: first.invitationId });

    expect(resent.emailDelivery).toBe('sent');
    const mails = harness.smtp.mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text).toContain(resent.inviteUrl);
    expect(mails[1]?.text).toContain('as an admin');
    expect(resent.inviteUrl).not.toBe(first.inviteUrl);
    const oldToken = first.inviteUrl.split('/invite/')[1] ?? '';
    await expect(admin.client.auth.invitationInfo.query({ token: oldToken })).rejects.toThrow();
  });
});

describe('when the relay does not answer', () => {
  // Nothing listens on port 1 of this machine: the connection is refused at once.
  const harness = useServerHarness({ server: 'any-port', env: { SMTP_URL: 'smtp://127.0.0.1:1' } });

  it('the invitation is still created, the admin gets the link and is told the email failed', async () => {
    const hotel = await createTestOrganization(harness.database.db, { name: 'Hotel Offline Relay' });
    const manager = await createTestUser(harness.database.db, hotel.id, { role: 'ORG_ADMIN' });
    const admin = await harness.signIn(manager.email);
    const invitation = await admin.client.team.invite.mutate({ email: 'someone@relay.test', role: 'STAFF' });

    expect(invitation.emailDelivery).toBe('failed');
    expect(invitation.inviteUrl).toContain('/invite/');
    const pending = await admin.client.team.invitations.query();
    expect(pending.map((row) => row.email)).toContain('someone@relay.test');
  });
});

describe('without SMTP settings', () => {
  const harness = useServerHarness({ server: 'any-port' });

  it('no email is attempted and the admin copies the link, which points at PUBLIC_URL', async () => {
    const hotel = await createTestOrganization(harness.database.db, { name: 'Hotel No Mail' });
    const manager = await createTestUser(harness.database.db, hotel.id, { role: 'ORG_ADMIN' });
    const admin = await harness.signIn(manager.email);
    const invitation = await admin.client.team.invite.mutate({ email: 'someone@nomail.test', role: 'STAFF' });

    expect(invitation.emailDelivery).toBe('not_configured');
    expect(invitation.inviteUrl.startsWith(`${harness.server.deps.env.PUBLIC_URL}/invite/`)).toBe(true);
  });
});
