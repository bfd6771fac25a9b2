import { Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ModalFormFooter } from './modal-form-footer';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for actions that lock people out or throw something away. */
  danger?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  loading = false,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="lg">
        <Text size="sm">{children}</Text>
        <ModalFormFooter
          onCancel={onClose}
          cancelDisabled={loading}
          onSubmit={onConfirm}
          submitLabel={confirmLabel}
          loading={loading}
          color={danger ? 'red' : undefined}
          autoFocus
        />
      </Stack>
    </Modal>
  );
}
