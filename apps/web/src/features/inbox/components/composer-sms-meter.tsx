import { Group, Text, Tooltip } from '@mantine/core';
import { GSM7_EXPLAINED, type SmsMeter, UCS2_EXPLAINED } from '../lib/sms-meter';

const COLORS = { ok: 'dimmed', near: 'orange', over: 'red' } as const;

/** Under an SMS reply: characters and billed segments, a warning near Twilio's limit and why send is off past it. */
export function ComposerSmsMeter({ meter, id }: { meter: SmsMeter; id: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" mt={-4}>
      <Text id={id} size="xs" c="red" role={meter.blocked ? 'alert' : undefined} style={{ minWidth: 0 }}>
        {meter.blocked ??
          (meter.level === 'near' ? 'Close to the 1,600-character limit of a text message.' : '')}
      </Text>
      <Tooltip
        label={meter.encoding === 'UCS-2' ? UCS2_EXPLAINED : GSM7_EXPLAINED}
        multiline
        w={280}
        withArrow
      >
        <Text
          size="xs"
          c={COLORS[meter.level]}
          fw={meter.level === 'ok' ? 400 : 600}
          data-testid="sms-meter"
          data-level={meter.level}
          tabIndex={0}
          style={{ flexShrink: 0, cursor: 'help', fontVariantNumeric: 'tabular-nums' }}
        >
          {meter.label}
        </Text>
      </Tooltip>
    </Group>
  );
}
