import {
  Alert,
  Button,
  Card,
  Code,
  EmptyState,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CannedResponseDto } from '@stayzr/shared';
import { IconBolt, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ListCardBody } from '../../../ui/list-card-body';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { PageHeader } from '../../../ui/page-header';
import { EditDeleteActions } from '../../../ui/row-actions';

const SHORTCUT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,29}$/;
const BODY_MAX = 4_000;

/** `/settings/canned-responses`: the saved replies the composer offers after `/`. */
export function CannedResponsesPage() {
  useDocumentTitle('Canned responses · Stayzr');
  const responses = trpc.cannedResponses.list.useQuery();
  const [editing, setEditing] = useState<CannedResponseDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CannedResponseDto | null>(null);

  return (
    <Stack gap="xl" maw={1000}>
      <PageHeader
        title="Canned responses"
        description={
          <>
            Saved replies for the questions guests ask most. In a conversation, type <Code>/</Code> and the
            shortcut to insert one.
          </>
        }
        actions={
          <Button
            leftSection={<IconPlus stroke={1.75} aria-hidden size={18} />}
            onClick={() => setEditing('new')}
          >
            New canned response
          </Button>
        }
      />
      <Card withBorder padding={0}>
        <ListCardBody
          query={responses}
          rows={responses.data}
          errorTitle="Could not load the canned responses"
          empty={
            <EmptyState
              py="xl"
              icon={<IconBolt stroke={1.75} aria-hidden size={28} />}
              withIndicatorBackground
              title="No canned responses yet"
              description="Save the answers you type every day (Wi-Fi, breakfast hours, late check-out) and insert them with a shortcut."
            >
              <EmptyState.Actions>
                <Button variant="light" onClick={() => setEditing('new')}>
                  Create the first one
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          {(rows) => (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" aria-label="Canned responses">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={160}>Shortcut</Table.Th>
                    <Table.Th w={220}>Title</Table.Th>
                    <Table.Th>Text</Table.Th>
                    <Table.Th w={90}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((response) => (
                    <Table.Tr key={response.id}>
                      <Table.Td>
                        <Code>/{response.shortcut}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {response.title}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" lineClamp={2}>
                          {response.body}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <EditDeleteActions
                          name={`/${response.shortcut}`}
                          onEdit={() => setEditing(response)}
                          onDelete={() => setDeleting(response)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </ListCardBody>
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New canned response' : 'Edit canned response'}
        size="lg"
      >
        {editing !== null ? (
          <CannedResponseForm response={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      <DeleteCannedResponse response={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

interface FormValues {
  shortcut: string;
  title: string;
  body: string;
}

function CannedResponseForm({
  response,
  onDone,
}: {
  response: CannedResponseDto | null;
  onDone: () => void;
}) {
  const utils = trpc.useUtils();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({
    initialValues: {
      shortcut: response?.shortcut ?? '',
      title: response?.title ?? '',
      body: response?.body ?? '',
    },
    transformValues: (values) => ({
      shortcut: values.shortcut.trim().replace(/^\//, '').toLowerCase(),
      title: values.title.trim(),
      body: values.body.trim(),
    }),
    validate: {
      shortcut: (value) =>
        SHORTCUT_PATTERN.test(value.trim().replace(/^\//, '').toLowerCase())
          ? null
          : 'Use up to 30 letters, digits, - or _ (typed after /).',
      title: (value) =>
        !value.trim()
          ? 'Give it a title.'
          : value.trim().length > 80
            ? 'Keep the title under 80 characters.'
            : null,
      body: (value) =>
        !value.trim()
          ? 'Write the text to insert.'
          : value.trim().length > BODY_MAX
            ? `Keep the text under ${BODY_MAX.toLocaleString()} characters.`
            : null,
    },
  });
  const options = {
    onSuccess: (saved: CannedResponseDto) => {
      void utils.cannedResponses.list.invalidate();
      notifications.show({ message: `/${saved.shortcut} saved`, color: 'teal', autoClose: 2500 });
      onDone();
    },
    onError: (error: unknown) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else if (/shortcut/i.test(errorMessage(error))) form.setErrors({ shortcut: errorMessage(error) });
      else setFormError(errorMessage(error));
    },
  };
  const create = trpc.cannedResponses.create.useMutation(options);
  const update = trpc.cannedResponses.update.useMutation(options);
  const pending = create.isPending || update.isPending;

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        if (response) update.mutate({ cannedResponseId: response.id, ...values });
        else create.mutate(values);
      })}
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Shortcut"
            description="Typed after / in the composer"
            leftSection={<Text c="dimmed">/</Text>}
            placeholder="wifi"
            required
            {...form.getInputProps('shortcut')}
            data-autofocus
          />
          <TextInput
            label="Title"
            description="Shown next to the shortcut"
            placeholder="Wi-Fi password"
            required
            {...form.getInputProps('title')}
          />
        </Group>
        <Textarea
          label="Text"
          description="Inserted into the reply, where it can still be edited before sending."
          autosize
          minRows={4}
          maxRows={12}
          required
          {...form.getInputProps('body')}
        />
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        ) : null}
        <ModalFormFooter
          onCancel={onDone}
          cancelDisabled={pending}
          submitLabel={response ? 'Save changes' : 'Create'}
          loading={pending}
        />
      </Stack>
    </form>
  );
}

function DeleteCannedResponse({
  response,
  onClose,
}: {
  response: CannedResponseDto | null;
  onClose: () => void;
}) {
  const utils = trpc.useUtils();
  const remove = trpc.cannedResponses.delete.useMutation({
    onSuccess: () => {
      void utils.cannedResponses.list.invalidate();
      notifications.show({ message: `/${response?.shortcut ?? ''} deleted`, autoClose: 2500 });
      onClose();
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(error) }),
  });
  return (
    <ConfirmModal
      opened={response !== null}
      title={`Delete /${response?.shortcut ?? ''}?`}
      confirmLabel="Delete"
      danger
      loading={remove.isPending}
      onConfirm={() => response && remove.mutate({ cannedResponseId: response.id })}
      onClose={onClose}
    >
      “{response?.title}” will no longer be offered in the composer. Messages already sent with it are not
      changed.
    </ConfirmModal>
  );
}
