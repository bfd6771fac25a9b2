import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { errorMessage } from '../lib/api-errors';

interface QueryErrorProps {
  title: string;
  error: unknown;
  retrying?: boolean;
  onRetry?: () => void;
}

/** A failed load, said plainly, with a way to try again; never a blank page. */
export function QueryError({ title, error, retrying = false, onRetry }: QueryErrorProps) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle stroke={1.75} aria-hidden size={20} />}
      title={title}
      role="alert"
    >
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh stroke={1.75} aria-hidden size={14} />}
            loading={retrying}
            onClick={onRetry}
          >
            Try again
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
