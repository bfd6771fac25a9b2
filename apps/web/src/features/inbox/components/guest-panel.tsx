import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ConversationDetail, GuestDto, StayDto } from '@stayzr/shared';
import { IconBed, IconLanguage, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ChannelIcon } from '../../../ui/channel-icon';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { formatStayDates, nightsBetween } from '../lib/time-format';

export const STAY_STATUS_LABELS: Record<StayDto['status'], string> = {
  booked: 'Booked',
  checked_in: 'In house',
  checked_out: 'Checked out',
  canceled: 'Canceled',
  no_show: 'No-show',
};

const STAY_STATUS_COLORS: Record<StayDto['status'], string> = {
  booked: 'blue',
  checked_in: 'teal',
  checked_out: 'gray',
  canceled: 'red',
  no_show: 'orange',
};

/** The side panel: who the guest is and how to reach them, and their stay. */
export function GuestPanel({ conversation }: { conversation: ConversationDetail }) {
  return (
    <Stack gap="lg" p="md" component="aside" aria-label="Guest and stay">
      <GuestSection conversation={conversation} />
      <Divider />
      <StaySection conversation={conversation} />
    </Stack>
  );
}

function useRefreshConversation(conversationId: string) {
  const utils = trpc.useUtils();
  return () => {
    void utils.conversations.get.invalidate({ conversationId });
    void utils.conversations.list.invalidate();
  };
}

function GuestSection({ conversation }: { conversation: ConversationDetail }) {
  const guest = conversation.guestProfile;
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="guest-title">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" id="guest-title" tt="uppercase" c="dimmed">
          Guest
        </Title>
        {editing ? null : (
          <Tooltip label="Edit guest">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => setEditing(true)}
              aria-label="Edit guest"
            >
              <IconPencil stroke={1.75} aria-hidden size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {editing ? (
        <GuestForm guest={guest} conversationId={conversation.id} onDone={() => setEditing(false)} />
      ) : (
        <GuestDetails guest={guest} />
      )}
    </Stack>
  );
}

function GuestDetails({ guest }: { guest: GuestDto }) {
  return (
    <Stack gap={6}>
      <Text fw={600} size="lg" lh={1.3}>
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
          <Text size="sm" component="a" href={`mailto:${guest.email}`} c="inherit" td="none" truncate>
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
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
          {guest.notes}
        </Text>
      ) : null}
    </Stack>
  );
}

interface GuestFormValues {
  name: string;
  phone: string;
  email: string;
  language: string;
  notes: string;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

function GuestForm({
  guest,
  conversationId,
  onDone,
}: {
  guest: GuestDto;
  conversationId: string;
  onDone: () => void;
}) {
  const refresh = useRefreshConversation(conversationId);
  const form = useForm<GuestFormValues>({
    initialValues: {
      name: guest.name ?? '',
      phone: guest.phoneE164 ?? '',
      email: guest.email ?? '',
      language: guest.language ?? '',
      notes: guest.notes ?? '',
    },
    validate: {
      name: (value) => (value.trim().length > 120 ? 'Keep the name under 120 characters.' : null),
      email: (value) =>
        value.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
          ? 'This email address does not look right.'
          : null,
      language: (value) => (value.trim().length > 12 ? 'Use a language code such as en, pt or es-MX.' : null),
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const update = trpc.guests.update.useMutation({
    onSuccess: () => {
      refresh();
      onDone();
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setFormError(errorMessage(error));
    },
  });

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        update.mutate({
          guestId: guest.id,
          name: orNull(values.name),
          phone: orNull(values.phone),
          email: orNull(values.email),
          language: orNull(values.language),
          notes: orNull(values.notes),
        });
      })}
    >
      <Stack gap="xs">
        <TextInput label="Name" size="xs" {...form.getInputProps('name')} data-autofocus />
        <TextInput label="Phone" size="xs" placeholder="+351 912 345 678" {...form.getInputProps('phone')} />
        <TextInput label="Email" size="xs" type="email" {...form.getInputProps('email')} />
        <TextInput label="Language" size="xs" placeholder="en" {...form.getInputProps('language')} />
        <Textarea label="Notes" size="xs" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        {formError ? (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="xs">{formError}</Text>
          </Alert>
        ) : null}
        <ModalFormFooter
          onCancel={onDone}
          cancelDisabled={update.isPending}
          submitLabel="Save guest"
          loading={update.isPending}
          size="xs"
        />
      </Stack>
    </form>
  );
}

function StaySection({ conversation }: { conversation: ConversationDetail }) {
  const stay = conversation.stay;
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="stay-title">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" id="stay-title" tt="uppercase" c="dimmed">
          Stay
        </Title>
        {stay ? (
          <Tooltip label="Edit stay">
            <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(true)} aria-label="Edit stay">
              <IconPencil stroke={1.75} aria-hidden size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      {stay ? (
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
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            No stay on file for this guest.
          </Text>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus stroke={1.75} aria-hidden size={14} />}
            onClick={() => setEditing(true)}
          >
            Add stay
          </Button>
        </Stack>
      )}
      <StayModal
        opened={editing}
        onClose={() => setEditing(false)}
        stay={stay}
        guestId={conversation.guestProfile.id}
        conversationId={conversation.id}
      />
    </Stack>
  );
}

function nightsLabel(nights: number | null): string {
  if (nights === null) return '';
  return nights === 1 ? '1 night' : `${nights} nights`;
}

interface StayFormValues {
  room: string;
  checkIn: string;
  checkOut: string;
  status: StayDto['status'];
  confirmationCode: string;
}

function StayModal({
  opened,
  onClose,
  stay,
  guestId,
  conversationId,
}: {
  opened: boolean;
  onClose: () => void;
  stay: StayDto | null;
  guestId: string;
  conversationId: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={stay ? 'Edit stay' : 'Add stay'} size="sm" centered>
      {opened ? (
        <StayForm stay={stay} guestId={guestId} conversationId={conversationId} onDone={onClose} />
      ) : null}
    </Modal>
  );
}

function StayForm({
  stay,
  guestId,
  conversationId,
  onDone,
}: {
  stay: StayDto | null;
  guestId: string;
  conversationId: string;
  onDone: () => void;
}) {
  const refresh = useRefreshConversation(conversationId);
  const form = useForm<StayFormValues>({
    initialValues: {
      room: stay?.room ?? '',
      checkIn: stay?.checkIn ?? '',
      checkOut: stay?.checkOut ?? '',
      status: stay?.status ?? 'booked',
      confirmationCode: stay?.confirmationCode ?? '',
    },
    validate: {
      checkIn: (value) => (value ? null : 'Pick the check-in date.'),
      checkOut: (value, values) =>
        !value
          ? 'Pick the check-out date.'
          : value <= values.checkIn
            ? 'Check-out must be after check-in.'
            : null,
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const options = {
    onSuccess: () => {
      refresh();
      onDone();
    },
    onError: (error: unknown) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setFormError(errorMessage(error));
    },
  };
  const create = trpc.stays.create.useMutation(options);
  const update = trpc.stays.update.useMutation(options);
  const pending = create.isPending || update.isPending;

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        const fields = {
          room: orNull(values.room),
          checkIn: values.checkIn,
          checkOut: values.checkOut,
          status: values.status,
          confirmationCode: orNull(values.confirmationCode),
        };
        if (stay) update.mutate({ stayId: stay.id, ...fields });
        else create.mutate({ guestId, ...fields });
      })}
    >
      <Stack gap="sm">
        <TextInput label="Room" placeholder="214" {...form.getInputProps('room')} data-autofocus />
        <Group grow>
          <TextInput type="date" label="Check-in" {...form.getInputProps('checkIn')} />
          <TextInput type="date" label="Check-out" {...form.getInputProps('checkOut')} />
        </Group>
        <NativeSelect
          label="Status"
          data={Object.entries(STAY_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('status')}
        />
        <TextInput label="Confirmation code" {...form.getInputProps('confirmationCode')} />
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        ) : null}
        <ModalFormFooter
          onCancel={onDone}
          cancelDisabled={pending}
          submitLabel={stay ? 'Save stay' : 'Add stay'}
          loading={pending}
        />
      </Stack>
    </form>
  );
}
