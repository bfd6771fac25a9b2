import {
  Alert,
  Badge,
  Button,
  Card,
  ColorSwatch,
  EmptyState,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { LABEL_COLORS, type LabelDto } from '@stayzr/shared';
import { IconPlus, IconTag } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ListCardBody } from '../../../ui/list-card-body';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { PageHeader } from '../../../ui/page-header';
import { EditDeleteActions } from '../../../ui/row-actions';

type LabelColor = (typeof LABEL_COLORS)[number];

/** `/settings/labels` (org admins): the labels staff put on conversations and filter the inbox by. */
export function LabelsPage() {
  useDocumentTitle('Labels · Stayzr');
  const labels = trpc.labels.list.useQuery();
  const [editing, setEditing] = useState<LabelDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LabelDto | null>(null);
  const utils = trpc.useUtils();
  const remove = trpc.labels.delete.useMutation({
    onSuccess: () => {
      setDeleting(null);
      void utils.labels.list.invalidate();
      void utils.conversations.invalidate();
    },
  });

  return (
    <Stack gap="xl" maw={800}>
      <PageHeader
        title="Labels"
        description="Tags for conversations (VIP, Complaint, Late arrival…). Staff add them from a conversation and filter the inbox by them."
        actions={
          <Button
            leftSection={<IconPlus stroke={1.75} aria-hidden size={18} />}
            onClick={() => setEditing('new')}
          >
            New label
          </Button>
        }
      />
      <Card withBorder padding={0}>
        <ListCardBody
          query={labels}
          rows={labels.data}
          errorTitle="Could not load the labels"
          empty={
            <EmptyState
              py="xl"
              icon={<IconTag stroke={1.75} aria-hidden size={28} />}
              withIndicatorBackground
              title="No labels yet"
              description="Create labels for what your team needs to spot at a glance."
            />
          }
        >
          {(rows) => (
            <Table verticalSpacing="sm" horizontalSpacing="lg" aria-label="Labels">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Label</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((label) => (
                  <Table.Tr key={label.id}>
                    <Table.Td>
                      <Badge color={label.color} variant="light" tt="none">
                        {label.name}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <EditDeleteActions
                        name={label.name}
                        onEdit={() => setEditing(label)}
                        onDelete={() => setDeleting(label)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </ListCardBody>
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New label' : 'Edit label'}
      >
        {editing !== null ? (
          <LabelForm label={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this label?"
        confirmLabel="Delete label"
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ labelId: deleting.id })}
        onClose={() => setDeleting(null)}
      >
        “{deleting?.name}” is taken off every conversation that has it.
      </ConfirmModal>
    </Stack>
  );
}

function LabelForm({ label, onDone }: { label: LabelDto | null; onDone: () => void }) {
  const utils = trpc.useUtils();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: label?.name ?? '', color: (label?.color ?? 'blue') as LabelColor },
    validate: {
      name: (value) =>
        !value.trim()
          ? 'Give the label a name.'
          : value.trim().length > 40
            ? 'Keep it under 40 characters.'
            : null,
    },
  });
  const onSuccess = () => {
    void utils.labels.list.invalidate();
    void utils.conversations.invalidate();
    onDone();
  };
  const onError = (error: unknown) => setFormError(errorMessage(error));
  const create = trpc.labels.create.useMutation({ onSuccess, onError });
  const update = trpc.labels.update.useMutation({ onSuccess, onError });

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        const input = { name: values.name.trim(), color: values.color };
        if (label) update.mutate({ labelId: label.id, ...input });
        else create.mutate(input);
      })}
    >
      <Stack>
        {formError ? (
          <Alert color="red" variant="light">
            {formError}
          </Alert>
        ) : null}
        <TextInput label="Name" placeholder="VIP" data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Colour"
          data={LABEL_COLORS.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) }))}
          allowDeselect={false}
          renderOption={({ option }) => (
            <Group gap="xs">
              <ColorSwatch color={`var(--mantine-color-${option.value}-6)`} size={14} />
              {option.label}
            </Group>
          )}
          leftSection={<ColorSwatch color={`var(--mantine-color-${form.values.color}-6)`} size={14} />}
          {...form.getInputProps('color')}
        />
        <ModalFormFooter
          onCancel={onDone}
          submitLabel={label ? 'Save label' : 'Create label'}
          loading={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  );
}
