import { Button, EmptyState, Paper, Text } from '@mantine/core';
import { IconPlugOff, IconRefresh } from '@tabler/icons-react';

interface ServerUnreachableProps {
  /** The client's own error text, shown small for whoever gets asked to debug it. */
  detail: string;
  retrying: boolean;
  onRetry: () => void;
}

export function ServerUnreachable({ detail, retrying, onRetry }: ServerUnreachableProps) {
  return (
    <Paper withBorder p="xl" role="alert">
      <EmptyState variant="light" color="red" icon={<IconPlugOff stroke={1.75} aria-hidden size={28} />}>
        <EmptyState.Title order={2}>Cannot reach the Stayzr server</EmptyState.Title>
        <EmptyState.Description>
          The server did not answer. It may be restarting, or this computer may have lost its connection. The
          page keeps trying every 10 seconds.
        </EmptyState.Description>
        <EmptyState.Actions>
          <Button
            onClick={onRetry}
            loading={retrying}
            leftSection={<IconRefresh stroke={1.75} aria-hidden size={16} />}
          >
            Retry
          </Button>
        </EmptyState.Actions>
      </EmptyState>
      <Text size="xs" c="dimmed" ta="center" mt="lg">
        Details: {detail}
      </Text>
    </Paper>
  );
}
