import { Button, Group, type MantineColor, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface ModalFormFooterProps {
  onCancel: () => void;
  submitLabel: ReactNode;
  /** "Cancel" unless the dialog has nothing to cancel (a test send: "Close"). */
  cancelLabel?: string;
  loading?: boolean;
  /** Disables the submit button. */
  disabled?: boolean;
  /** Where the request cannot be abandoned half-way, cancel waits for it too. */
  cancelDisabled?: boolean;
  /** A button outside a form (a confirmation): runs this instead of submitting. */
  onSubmit?: () => void;
  color?: MantineColor;
  /** Puts the focus on the submit button when the modal opens (Mantine's `data-autofocus`). */
  autoFocus?: boolean;
  /** Compact buttons, for a form inside a side panel. */
  size?: 'xs';
  mt?: MantineSpacing;
}

/** Cancel and submit, right-aligned, at the bottom of a modal's (or panel's) form. */
export function ModalFormFooter({
  onCancel,
  submitLabel,
  cancelLabel = 'Cancel',
  loading,
  disabled,
  cancelDisabled,
  onSubmit,
  color,
  autoFocus,
  size,
  mt,
}: ModalFormFooterProps) {
  return (
    <Group justify="flex-end" gap={size === 'xs' ? 'xs' : 'sm'} mt={mt}>
      <Button variant="default" size={size} onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel}
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        size={size}
        color={color}
        loading={loading}
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
      >
        {submitLabel}
      </Button>
    </Group>
  );
}
