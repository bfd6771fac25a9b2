import { PLANS } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { channelTypeOptions } from './channel-types';

describe('channelTypeOptions', () => {
  it('on starter: SMS connectable, WhatsApp needs Professional, email is in the plan but not built yet', () => {
    const options = channelTypeOptions({ plan: 'starter', features: PLANS.starter.features });
    expect(options.map(({ type, state, requiredPlan }) => ({ type, state, requiredPlan }))).toEqual([
      { type: 'sms', state: 'connect', requiredPlan: 'starter' },
      { type: 'whatsapp', state: 'upgrade', requiredPlan: 'professional' },
      { type: 'email', state: 'coming_soon', requiredPlan: 'starter' },
    ]);
    expect(options[1]?.note).toBe(
      'In the Professional plan and up. Your Starter plan does not include WhatsApp.',
    );
  });

  it('on professional: WhatsApp is in the plan, said to come rather than offered as a dead button', () => {
    const whatsapp = channelTypeOptions({ plan: 'professional', features: PLANS.professional.features })[1];
    expect(whatsapp).toMatchObject({
      state: 'coming_soon',
      note: 'In the Professional plan and up. Connecting WhatsApp is not available in Stayzr yet.',
    });
  });
});
