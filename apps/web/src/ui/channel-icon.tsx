import { ThemeIcon } from '@mantine/core';
import { IconChannelEmail, IconChannelSms, IconChannelWhatsapp } from '../components/icons';
import type { ChannelType } from '../features/channels/lib/channel-types';

const ICONS = { sms: IconChannelSms, whatsapp: IconChannelWhatsapp, email: IconChannelEmail } as const;
const COLORS: Record<ChannelType, string> = { sms: 'blue', whatsapp: 'green', email: 'grape' };

export function ChannelIcon({ type, muted = false }: { type: ChannelType; muted?: boolean }) {
  const Icon = ICONS[type];
  return (
    <ThemeIcon variant="light" color={muted ? 'gray' : COLORS[type]} size={40} radius="md">
      <Icon size={22} />
    </ThemeIcon>
  );
}
