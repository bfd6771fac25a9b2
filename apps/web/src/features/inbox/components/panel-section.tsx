import { ActionIcon, Group, Stack, Title, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface PanelSectionProps {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  /** "Edit guest": the pencil's tooltip and accessible name. */
  editLabel: string;
  /** Without it (nothing to edit, or already editing) there is no pencil. */
  onEdit?: () => void;
  children: ReactNode;
}

/** A section of the guest panel: a small uppercase heading, a pencil to edit it, and its content. */
export function PanelSection({ id, title, editLabel, onEdit, children }: PanelSectionProps) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" id={id} tt="uppercase" c="dimmed">
          {title}
        </Title>
        {onEdit ? (
          <Tooltip label={editLabel}>
            <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={editLabel}>
              <IconPencil stroke={1.75} aria-hidden size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      {children}
    </Stack>
  );
}
