import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ComposerError } from '../lib/send-errors';

/** Above the composer: why the last send was refused, or that an SMS guest opted out (notes still work). */
export function ComposerNotices({
  error,
  optedOut,
  onDismiss,
  onWriteNote,
}: {
  error: ComposerError | null;
  optedOut: boolean;
  onDismiss: () => void;
  onWriteNote: () => void;
}) {
  return (
    <>
      {error ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle stroke={1.75} aria-hidden size={18} />}
          title={error.title}
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={onDismiss}
          py="xs"
        >
          <Text size="sm">{error.message}</Text>
          {error.hint ? (
            <Text size="sm" c="dimmed" mt={2}>
              {error.hint}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {optedOut && !error ? (
        <Alert
          color="orange"
          variant="light"
          py={6}
          icon={<IconAlertCircle stroke={1.75} aria-hidden size={16} />}
        >
          <Text size="sm">
            This guest replied STOP and no longer receives texts. You can still{' '}
            <Anchor component="button" type="button" size="sm" onClick={onWriteNote}>
              write a private note
            </Anchor>
            .
          </Text>
        </Alert>
      ) : null}
    </>
  );
}
