import { describe, expect, it } from 'vitest';
import { renderText } from '../../../testing/render-text';
import { InviteLinkPanel } from './invite-link-panel';

const url = 'https://app.stayzr.test/invite/abcdefghijklmnopqrstuvwxyz';

describe('InviteLinkPanel', () => {
  it('offers the link to copy and says that no email went out', () => {
    const text = renderText(
      <InviteLinkPanel url={url} email="lena@aurora.test" emailDelivery="not_configured" />,
    );

    expect(text).toContain('Invitation link');
    expect(text).toContain('Copy link');
    expect(text).toContain('No email was sent');
    expect(text).toContain('send it to lena@aurora.test yourself');
  });

  it('only mentions the email when one was sent', () => {
    const text = renderText(<InviteLinkPanel url={url} email="lena@aurora.test" emailDelivery="sent" />);

    expect(text).toContain('We also emailed the link to lena@aurora.test.');
    expect(text).not.toContain('No email was sent');
  });

  it('says when the mail server refused the email, and still offers the link', () => {
    const text = renderText(<InviteLinkPanel url={url} email="lena@aurora.test" emailDelivery="failed" />);

    expect(text).toContain('The email could not be sent');
    expect(text).toContain('send it to lena@aurora.test yourself');
    expect(text).toContain('Copy link');
  });
});
