import { ThemeIcon } from '@mantine/core';
import { CHANNEL_TYPE_LABELS, type ChannelTypeValue } from '@stayzr/shared';
import { IconBrandWhatsapp, IconMail, IconMessage } from '@tabler/icons-react';

const ICONS = { sms: IconMessage, whatsapp: IconBrandWhatsapp, email: IconMail } as const;
const COLORS: Record<ChannelTypeValue, { color: string; shade: number }> = {
  sms: { color: 'blue', shade: 6 },
  whatsapp: { color: 'green', shade: 7 },
  email: { color: 'grape', shade: 6 },
};

interface ChannelIconProps {
  type: ChannelTypeValue;
  /** Inline icon size; a framed icon is always a 40 px tile. */
  size?: number;
  /** A tile for cards, beside the channel's written name, so screen readers skip it. */
  framed?: boolean;
  /** Greyed out (framed only): the channel is not connected or not in the plan. */
  muted?: boolean;
}

/** The channel's icon in its colour: inline it is labelled for screen readers ("SMS"), framed it is decorative. */
export function ChannelIcon({ type, size = 16, framed = false, muted = false }: ChannelIconProps) {
  const Icon = ICONS[type];
  const { color, shade } = COLORS[type];
  if (framed) {
    return (
      <ThemeIcon variant="light" color={muted ? 'gray' : color} size={40} radius="md">
        <Icon stroke={1.75} aria-hidden size={22} />
      </ThemeIcon>
    );
  }
  return (
    <Icon
      stroke={1.75}
      size={size}
      color={`var(--mantine-color-${color}-${shade})`}
      role="img"
      aria-label={CHANNEL_TYPE_LABELS[type]}
      style={{ flexShrink: 0 }}
    />
  );
}
