import { describe, expect, it } from 'vitest';
import { renderText } from '../../../testing/render-text';
import { ImpersonationBanner } from './impersonation-banner';

describe('ImpersonationBanner', () => {
  it('names the organization and offers the way out', () => {
    const text = renderText(
      <ImpersonationBanner organizationName="Hotel Aurora" exiting={false} onExit={() => {}} />,
    );
    expect(text).toBe('Viewing Hotel Aurora as super admin — Exit');
  });
});
