import { Alert, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { StayDto } from '@stayzr/shared';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { orNull } from '../lib/form-values';
import { STAY_STATUS_LABELS } from '../lib/stay-status';
import { useRefreshConversation } from '../lib/use-refresh-conversation';

interface StayFormValues {
  room: string;
  checkIn: string;
  checkOut: string;
  status: StayDto['status'];
  confirmationCode: string;
}

/** Adds or edits the stay, in a modal. */
export function StayModal({
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
