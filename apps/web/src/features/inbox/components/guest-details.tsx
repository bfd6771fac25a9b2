import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { GuestDto } from '@stayzr/shared';
import { IconLanguage } from '@tabler/icons-react';
import { ChannelIcon } from '../../../ui/channel-icon';
import classes from './inbox.module.css';

/** Who the guest is and how to reach them: name, phone, WhatsApp, email, language, SMS consent, notes. */
export function GuestDetails({ guest }: { guest: GuestDto }) {
  return (
    <Stack gap={6}>
      <Text fw={600} size="lg" lh={1.3} className={classes.breakAnywhere}>
        {guest.name ?? 'Name unknown'}
      </Text>
      {guest.phoneE164 ? (
        <Group gap={6} wrap="nowrap">
          <ChannelIcon type="sms" size={14} />
          <Text size="sm" component="a" href={`tel:${guest.phoneE164}`} c="inherit" td="none">
            {guest.phoneE164}
          </Text>
        </Group>
      ) : null}
      {guest.whatsappJid ? (
        <Group gap={6} wrap="nowrap">
          <ChannelIcon type="whatsapp" size={14} />
          <Text size="sm">{guest.whatsappJid.replace(/@.*$/, '').replace(/^(\d)/, '+$1')}</Text>
        </Group>
      ) : null}
      {guest.email ? (
        <Group gap={6} wrap="nowrap">
          <ChannelIcon type="email" size={14} />
          <Text
            size="sm"
            component="a"
            href={`mailto:${guest.email}`}
            c="inherit"
            td="none"
            truncate
            miw={0}
            title={guest.email}
          >
            {guest.email}
          </Text>
        </Group>
      ) : null}
      <Group gap={6} wrap="nowrap">
        <IconLanguage stroke={1.75} aria-hidden size={14} />
        <Text size="sm">Language: {guest.language ?? 'not set'}</Text>
      </Group>
      {guest.phoneE164 ? (
        <Group gap={6}>
          <Text size="sm">SMS:</Text>
          {guest.smsOptedOut ? (
            <Tooltip
              label="The guest replied STOP. They can text START to opt back in."
              withArrow
              multiline
              w={220}
            >
              <Badge color="red" variant="light" size="sm">
                Opted out
              </Badge>
            </Tooltip>
          ) : (
            <Badge color="teal" variant="light" size="sm">
              Subscribed
            </Badge>
          )}
        </Group>
      ) : null}
      {guest.notes ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mt={4}>
          {guest.notes}
        </Text>
      ) : null}
    </Stack>
  );
}
