import {
  CHANNEL_FEATURE,
  CHANNEL_TYPE_LABELS,
  CHANNEL_TYPES,
  type ChannelAccountDto,
  cheapestPlanWith,
  PLANS,
  type PlanName,
  type SubscriptionDto,
} from '@stayzr/shared';

export type ChannelType = ChannelAccountDto['type'];

/** Channels an org admin can connect from this page today; the others are in the catalog, not built yet. */
const CONNECTABLE: ReadonlySet<ChannelType> = new Set(['sms']);

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
}

export function channelTypeOptions(
  subscription: Pick<SubscriptionDto, 'plan' | 'features'>,
): ChannelTypeOption[] {
  return CHANNEL_TYPES.map((type) => {
    const label = CHANNEL_TYPE_LABELS[type];
    const requiredPlan = cheapestPlanWith(CHANNEL_FEATURE[type]);
    const inPlan = subscription.features[CHANNEL_FEATURE[type]];
    const planNote =
      requiredPlan === 'starter' ? 'In every plan.' : `In the ${PLANS[requiredPlan].label} plan and up.`;
    if (!inPlan) {
      return {
        type,
        label,
        requiredPlan,
        state: 'upgrade',
        note: `${planNote} Your ${PLANS[subscription.plan].label} plan does not include ${label}.`,
      };
    }
    if (!CONNECTABLE.has(type)) {
      return {
        type,
        label,
        requiredPlan,
        state: 'coming_soon',
        note: `${planNote} Connecting ${label} is not available in Stayzr yet.`,
      };
    }
    return { type, label, requiredPlan, state: 'connect', note: `${planNote} Connect a Twilio number.` };
  });
}

export const CHANNEL_STATUS: Record<ChannelAccountDto['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  pending: { label: 'Pending', color: 'yellow' },
  disconnected: { label: 'Disconnected', color: 'orange' },
  error: { label: 'Error', color: 'red' },
  disabled: { label: 'Disabled', color: 'gray' },
};

export const PROVIDER_LABELS: Record<ChannelAccountDto['provider'], string> = {
  twilio: 'Twilio',
  baileys: 'WhatsApp Web',
  whatsapp_cloud: 'WhatsApp Cloud API',
  smtp: 'SMTP',
};

/** What each Twilio webhook is called in the Twilio console, where the admin pastes it. */
export const WEBHOOK_LABELS: Record<string, { label: string; description: string }> = {
  incomingMessages: {
    label: 'A message comes in',
    description:
      'Twilio console → Phone Numbers → your number → Messaging → “A message comes in” (HTTP POST).',
  },
  statusCallback: {
    label: 'Status callback URL',
    description: 'Same page, “Status callback URL”: delivery ticks for the messages your team sends.',
  },
};
