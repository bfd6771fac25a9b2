import {
  ActionIcon,
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
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { LABEL_COLORS, type LabelDto } from '@stayzr/shared';
import { IconPencil, IconPlus, IconTag, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { TableSkeleton } from '../../../ui/table-skeleton';

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
        {labels.isPending ? (
          <TableSkeleton rows={3} />
        ) : labels.isError ? (
          <Stack p="lg">
            <QueryError
              title="Could not load the labels"
              error={labels.error}
              retrying={labels.isFetching}
              onRetry={() => void labels.refetch()}
            />
          </Stack>
        ) : labels.data.length === 0 ? (
          <EmptyState
            py="xl"
            icon={<IconTag stroke={1.75} aria-hidden size={28} />}
            withIndicatorBackground
            title="No labels yet"
            description="Create labels for what your team needs to spot at a glance."
          />
        ) : (
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
              {labels.data.map((label) => (
                <Table.Tr key={label.id}>
                  <Table.Td>
                    <Badge color={label.color} variant="light" tt="none">
                      {label.name}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label="Edit">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Edit ${label.name}`}
                          onClick={() => setEditing(label)}
                        >
                          <IconPencil stroke={1.75} aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Delete">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${label.name}`}
                          onClick={() => setDeleting(label)}
                        >
                          <IconTrash stroke={1.75} aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
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
