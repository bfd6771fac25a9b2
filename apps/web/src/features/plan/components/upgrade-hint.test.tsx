import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../testing/render-text';
import { featureHint, limitHint } from '../lib/plan-hints';
import { UpgradeHint } from './upgrade-hint';

const seats = limitHint({ metric: 'users', used: 5, limit: 5, plan: 'starter', overrides: null });

function render(ui: React.ReactNode) {
  return renderText(<MemoryRouter>{ui}</MemoryRouter>);
}

describe('UpgradeHint', () => {
  it('gives org admins the limit, the plan that raises it and the way there', () => {
    const text = render(<UpgradeHint hint={seats} canUpgrade />);
    expect(text).toBe(
      'Your team is at its limit of 5 users 5 of 5 users on the Starter plan, pending invitations included. The Professional plan allows 25 users. Upgrade to Professional',
    );
  });

  it('tells everyone else who can change the plan', () => {
    const text = render(
      <UpgradeHint hint={featureHint('whatsappIntegration', 'starter')} canUpgrade={false} />,
    );
    expect(text).toContain('WhatsApp is in the Professional plan');
    expect(text).toContain('Ask an org admin to change the plan');
    expect(text).not.toContain('Upgrade to Professional');
  });

  it('shows the plan badge beside the reason when inline', () => {
    const text = render(
      <UpgradeHint hint={featureHint('apiAccess', 'professional')} canUpgrade variant="inline" />,
    );
    expect(text).toBe(
      'Enterprise plan Your Professional plan does not include API access; the Enterprise plan does. Ask for Enterprise',
    );
  });
});
