import { Alert, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { GuestDto } from '@stayzr/shared';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { orNull } from '../lib/form-values';
import { useRefreshConversation } from '../lib/use-refresh-conversation';

interface GuestFormValues {
  name: string;
  phone: string;
  email: string;
  language: string;
  notes: string;
}

export function GuestForm({
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
