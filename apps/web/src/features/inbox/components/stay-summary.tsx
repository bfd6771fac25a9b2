import { Badge, Group, Stack, Text } from '@mantine/core';
import type { StayDto } from '@stayzr/shared';
import { IconBed } from '@tabler/icons-react';
import { STAY_STATUS_COLORS, STAY_STATUS_LABELS } from '../lib/stay-status';
import { formatStayDates, nightsBetween } from '../lib/time-format';

/** Room, status, dates with the number of nights, and the confirmation code. */
export function StaySummary({ stay }: { stay: StayDto }) {
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap">
        <IconBed stroke={1.75} aria-hidden size={18} />
        <Text fw={600}>{stay.room ? `Room ${stay.room}` : 'No room yet'}</Text>
        <Badge size="sm" variant="light" color={STAY_STATUS_COLORS[stay.status]}>
          {STAY_STATUS_LABELS[stay.status]}
        </Badge>
      </Group>
      <Text size="sm">
        {formatStayDates(stay.checkIn, stay.checkOut)}
        <Text span size="sm" c="dimmed">
          {' '}
          · {nightsLabel(nightsBetween(stay.checkIn, stay.checkOut))}
        </Text>
      </Text>
      {stay.confirmationCode ? (
        <Text size="sm">
          Conf.{' '}
          <Text span ff="monospace" size="sm">
            {stay.confirmationCode}
          </Text>
        </Text>
      ) : null}
    </Stack>
  );
}

function nightsLabel(nights: number | null): string {
  if (nights === null) return '';
  return nights === 1 ? '1 night' : `${nights} nights`;
}
