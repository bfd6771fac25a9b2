import type { ChannelTypeValue } from '@stayzr/shared';
import { CHANNEL_LABELS } from '../../features/inbox/lib/routes';
import type { IconProps } from '../icons';
import { IconMail, IconSms, IconWhatsapp } from './inbox-icons';

const ICONS = { sms: IconSms, whatsapp: IconWhatsapp, email: IconMail } as const;
const COLORS: Record<ChannelTypeValue, string> = {
  sms: 'var(--mantine-color-blue-6)',
  whatsapp: 'var(--mantine-color-green-7)',
  email: 'var(--mantine-color-grape-6)',
};

/** The channel's icon in its colour, labelled for screen readers ("SMS"). */
export function ChannelIcon({ type, size = 16, ...props }: { type: ChannelTypeValue } & IconProps) {
  const Icon = ICONS[type];
  return (
    <Icon
      size={size}
      color={COLORS[type]}
      role="img"
      aria-hidden={false}
      aria-label={CHANNEL_LABELS[type]}
      style={{ flexShrink: 0 }}
      {...props}
    />
  );
}
