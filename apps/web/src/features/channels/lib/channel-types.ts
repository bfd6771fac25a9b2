import {
  CHANNEL_FEATURE,
  CHANNEL_TYPE_LABELS,
  CHANNEL_TYPES,
  type ChannelAccountDto,
  type ChannelProviderInfo,
  cheapestPlanWith,
  connectableProviders,
  PLANS,
  type PlanName,
  type SubscriptionDto,
} from '@stayzr/shared';

export type ChannelType = ChannelAccountDto['type'];

export interface ChannelTypeOption {
  type: ChannelType;
  label: string;
  /** The cheapest plan that includes the channel. */
  requiredPlan: PlanName;
  /**
   * `connect`: in the plan and connectable here; `upgrade`: a bigger plan has it; `coming_soon`: in the
   * plan but Stayzr cannot connect it yet.
   */
  state: 'connect' | 'upgrade' | 'coming_soon';
  note: string;
  /** The provider the admin connects for this type (the catalog's first connectable one), if any. */
  provider: ChannelProviderInfo | null;
}

export function channelTypeOptions(
  subscription: Pick<SubscriptionDto, 'plan' | 'features'>,
): ChannelTypeOption[] {
  return CHANNEL_TYPES.map((type) => {
    const label = CHANNEL_TYPE_LABELS[type];
    const requiredPlan = cheapestPlanWith(CHANNEL_FEATURE[type]);
    const inPlan = subscription.features[CHANNEL_FEATURE[type]];
    const provider = connectableProviders(type)[0] ?? null;
    const planNote =
      requiredPlan === 'starter' ? 'In every plan.' : `In the ${PLANS[requiredPlan].label} plan and up.`;
    if (!inPlan) {
      return {
        type,
        label,
        requiredPlan,
        state: 'upgrade',
        provider,
        note: `${planNote} Your ${PLANS[subscription.plan].label} plan does not include ${label}.`,
      };
    }
    if (!provider) {
      return {
        type,
        label,
        requiredPlan,
        state: 'coming_soon',
        provider,
        note: `${planNote} Connecting ${label} is not available in Stayzr yet.`,
      };
    }
    const note = provider.connectNote ? `${planNote} ${provider.connectNote}` : planNote;
    return { type, label, requiredPlan, state: 'connect', provider, note };
  });
}

export const CHANNEL_STATUS: Record<ChannelAccountDto['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  pending: { label: 'Pending', color: 'yellow' },
  disconnected: { label: 'Disconnected', color: 'orange' },
  error: { label: 'Error', color: 'red' },
  disabled: { label: 'Disabled', color: 'gray' },
};
